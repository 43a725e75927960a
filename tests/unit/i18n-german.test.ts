// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Request, TabStatePush, TabStateSubscribe } from '@/lib/messaging';
import { personAtSeenCompany } from '../helpers/popup-state';
import { useLocale } from '../helpers/i18n';

/**
 * The German UI (#14 localisation): the popup rendered with locales/de.yml's messages, as a
 * browser whose UI language is German gets it. Labels come out in German, the page's lang says
 * so, and the English test default is back for the next file.
 */
const state = personAtSeenCompany(['https://www.linkedin.com/company/northwind-analytics/', 'https://northwind.example/']);

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
