// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountRecord } from '@/lib/accounts/types';
import { deriveView } from '@/lib/background/service';
import type { ActivePack, Request, TabState, TabStatePush, TabStateSubscribe } from '@/lib/messaging';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { loadStarterPack } from '@/lib/profiles/starter';
import { scorePage } from '@/lib/scoring';
import { useLocale } from '../helpers/i18n';

/**
 * The German UI (#14 localisation): the popup rendered with locales/de.yml's messages, as a
 * browser whose UI language is German gets it. Labels come out in German, the page's lang says
 * so, and the English test default is back for the next file.
 */
const pack = loadStarterPack();
const company = { ...emptyCompany(), name: 'Northwind Analytics', industry: 'Software Development', employees: { min: 201, max: 500 }, linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/' };
const observation: Observation = {
  url: 'https://www.linkedin.com/in/dana/',
  kind: 'linkedin-person',
  person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics' },
  people: [],
  company: null,
  evidence: {},
  missing: [],
};
const scored = scorePage(observation, pack, { account: company });
const account: AccountRecord = {
  key: 'li:northwind-analytics',
  aliases: ['li:northwind-analytics'],
  company,
  contacts: [],
  score: null,
  tier: null,
  coverage: 0,
  icpId: null,
  icpName: null,
  reasons: [],
  packId: pack.id,
  packVersion: pack.version,
  outcome: null,
  outcomePackVersion: null,
  pages: ['https://www.linkedin.com/company/northwind-analytics/', 'https://northwind.example/'],
  firstSeenAt: '2026-11-01T00:00:00Z',
  lastSeenAt: '2026-11-01T00:00:00Z',
};
const active: ActivePack = { pack, source: 'starter', updatedAt: '2026-11-29T00:00:00Z' };
const base = { tabId: 3, url: observation.url, status: 'ready' as const, observation, scored, account, updatedAt: '2026-11-29T00:00:00Z' };
const state: TabState = { ...base, derived: deriveView(base, active), packUpdate: null };

vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    if (request.type === 'researchStatus') return null;
    throw new Error(`unexpected ${request.type}`);
  },
}));
vi.mock('@/lib/tab-state-client', () => ({
  subscribeTabState: (_target: TabStateSubscribe, onPush: (push: TabStatePush) => void) => {
    onPush({ type: 'state', state });
    return () => {};
  },
}));

beforeEach(() => window.history.replaceState({}, '', '/popup.html?tab=3'));
afterEach(cleanup);

describe('German UI', () => {
  it('renders the popup in German', async () => {
    useLocale('de');
    const { App } = await import('@/components/popup/App');
    const { localizeDocument } = await import('@/components/i18n');
    localizeDocument();
    render(createElement(App));
    await screen.findByTestId('person-name');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: 'Profile & Einstellungen' })).toBeTruthy();
    expect(screen.getByText('Warum dieser Score')).toBeTruthy();
    expect(screen.getByText('Bester Gesprächsaufhänger')).toBeTruthy();
    expect(screen.getByTestId('fit-coverage').textContent).toMatch(/des Profils geprüft/);
    expect(screen.getByTestId('committee').textContent).toMatch(/^Buying Center: /);
    // A plural with a date: "Auf 2 Seiten gesehen seit …".
    expect(screen.getByText(/Auf 2 Seiten gesehen seit/)).toBeTruthy();
    // No English chrome left in what was rendered (pack content, names and the background's sentences aside).
    const text = document.body.textContent ?? '';
    for (const english of ['Why this score', 'Best talking point', 'Copy all', 'of the profile checked', 'Profiles & settings']) expect(text).not.toContain(english);
  });

  it('renders the same popup in English by default', async () => {
    const { App } = await import('@/components/popup/App');
    render(createElement(App));
    await screen.findByTestId('person-name');
    expect(screen.getByText('Why this score')).toBeTruthy();
    expect(screen.getByText(/Seen on 2 pages since/)).toBeTruthy();
  });
});
