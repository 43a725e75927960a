// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AutoResearchSetting } from '@/components/options/AutoResearchSetting';
import { AutoResearchNote } from '@/components/popup/AutoResearchNote';
import type { AutoResearchRun } from '@/lib/background/auto-research';
import type { Request, TabState } from '@/lib/messaging';
import { emptyPerson } from '@/lib/observation-empty';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/**
 * Automatic research in the UI (#11): Options → Privacy states what it reads, when, how often,
 * that nothing is sent and that LinkedIn sees the views; it is off by default and turning it on
 * asks for no permission. The popup's Research card says what ran or waits, in a sentence.
 */
const sent: Request[] = [];
let answer: (request: Request) => unknown = () => null;
vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    sent.push(request);
    return answer(request);
  },
}));

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  fakeBrowser.permissions.request = vi.fn(async () => true) as never;
});
afterEach(cleanup);

describe('Options → Privacy: automatic research', () => {
  it('is off by default, states the plain terms, and turning it on saves the setting without asking for a permission', async () => {
    answer = (r) => (r.type === 'saveSettings' ? (r as { settings: Settings }).settings : null);
    const onSettings = vi.fn();
    render(<AutoResearchSetting settings={DEFAULT_SETTINGS} onSettings={onSettings} />);
    const box = screen.getByTestId('auto-research') as HTMLInputElement;
    expect(box.checked).toBe(false);
    const statement = screen.getByTestId('auto-research-statement').textContent ?? '';
    for (const promise of ["LinkedIn page (its About tab) in a background tab", 'only where you already allowed that site or all sites', 'whose company LeadFit knows nothing about', '10 seconds and 60 an hour', 'Nothing is sent to LeadFit or anyone else', 'LinkedIn sees these page views']) {
      expect(statement).toContain(promise);
    }
    fireEvent.click(box);
    await waitFor(() => expect(onSettings).toHaveBeenCalled());
    expect(sent).toEqual([{ type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, autoResearch: true } }]);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(screen.getByTestId('auto-research-status').textContent).toMatch(/Automatic research is on/);
  });
});

describe("the popup's Research card: automatic mode", () => {
  const state: TabState = {
    tabId: 9,
    url: 'https://www.linkedin.com/in/dana/',
    status: 'ready',
    observation: { url: 'https://www.linkedin.com/in/dana/', kind: 'linkedin-person', person: { ...emptyPerson(), name: 'Dana', company: 'Acme' }, people: [], company: null, evidence: {}, missing: [] },
    scored: null,
    account: null,
    updatedAt: null,
    derived: null,
    packUpdate: null,
  };
  const run = (over: Partial<AutoResearchRun>): AutoResearchRun => ({ key: 'li:acme', company: 'Acme', tabId: 9, url: state.url!, status: 'done', at: '2026-11-29T14:02:00Z', resumesAt: null, sentence: null, ...over });
  const hm = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

  it.each([
    [run({}), `Read automatically at ${hm('2026-11-29T14:02:00Z')}`],
    [run({ status: 'running' }), 'Reading automatically…'],
    [run({ status: 'limited', resumesAt: '2026-11-29T15:01:00Z' }), `Automatic reads are paused until ${hm('2026-11-29T15:01:00Z')} (at most 60 an hour). The button reads now.`],
    [run({ status: 'failed', sentence: 'Acme on LinkedIn: login wall: sign in to LinkedIn in this browser and try again' }), 'The automatic read did not finish: Acme on LinkedIn: login wall: sign in to LinkedIn in this browser and try again. Nothing was added to the account.'],
  ])('%# says it in a sentence', async (r, text) => {
    answer = (req) => (req.type === 'researchAutoStatus' ? { enabled: true, run: r } : null);
    render(<AutoResearchNote state={state} />);
    await waitFor(() => expect(screen.getByTestId('research-auto').textContent).toBe(text));
    expect(screen.getByTestId('research-auto').dataset.status).toBe(r.status);
  });

  it('says nothing when automatic mode never touched this company', async () => {
    answer = () => ({ enabled: true, run: null });
    render(<AutoResearchNote state={state} />);
    await waitFor(() => expect(sent.some((r) => r.type === 'researchAutoStatus')).toBe(true));
    expect(screen.queryByTestId('research-auto')).toBeNull();
  });
});
