// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Request, TabState, TabStatePush, TabStateSubscribe } from '@/lib/messaging';
import { loadStarterPack } from '@/lib/profiles/starter';
import { personAtSeenCompany } from '../helpers/popup-state';

/**
 * The popup App against the background's pushes (lib/tab-state-client and lib/rpc mocked; the
 * derived part made by the background's own deriveView): what a rep sees on a person page whose
 * company was seen before, but who is not yet stored among its contacts.
 */
const state = personAtSeenCompany();
const scored = state.scored!;
const account = state.account!;
const pack = loadStarterPack();

const sent: Request[] = [];
const subscriptions: TabStateSubscribe[] = [];
let pushes: TabStatePush[] = [];
let pushTo: ((push: TabStatePush) => void) | null = null;

vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    sent.push(request);
    if (request.type === 'markPackSeen') return { seen: true };
    if (request.type === 'researchStatus') return null;
    throw new Error(`unexpected ${request.type}`);
  },
}));
vi.mock('@/lib/tab-state-client', () => ({
  subscribeTabState: (target: TabStateSubscribe, onPush: (push: TabStatePush) => void) => {
    subscriptions.push(target);
    pushTo = onPush;
    for (const push of pushes) onPush(push);
    return () => {
      pushTo = null;
    };
  },
}));

function setVisibility(value: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  window.history.replaceState({}, '', '/popup.html?tab=3');
  sent.length = 0;
  subscriptions.length = 0;
  pushes = [{ type: 'state', state }];
  setVisibility('visible');
});
afterEach(cleanup);

describe('popup App', () => {
  it('an undecided fit shows the range, never a letter; the committee counts the person on screen', async () => {
    const { App } = await import('@/components/popup/App');
    render(<App />);
    const best = scored.account!.best!;
    // The scenario this test is about: the page leaves the tier open.
    expect(best.tier).toBeNull();
    const tier = await screen.findByTestId('fit-tier');
    expect(tier.textContent).toBe(`${best.tierRange[0]}–${best.tierRange.at(-1)}`);
    expect(screen.getByTestId('fit-undecided').textContent).toMatch(new RegExp(`^${best.tierRange[0]}–${best.tierRange.at(-1)} · checking ${best.decidingCriterion!.label} would (decide|narrow it)`));

    const persona = scored.person!.personas.best!;
    expect(persona.personaName).toBe('Sarah the Sales Director');
    const committee = screen.getByTestId('committee').textContent ?? '';
    expect(committee).toMatch(/Buying committee: 1 of \d+ roles seen/);
    // Dana matched the decision-maker persona: it is seen, not missing.
    expect(committee).not.toContain('Sarah the Sales Director');
  });

  it('subscribes to the tab of ?tab=ID, renders what is pushed and asks for nothing else', async () => {
    const { App } = await import('@/components/popup/App');
    render(<App />);
    expect(await screen.findByTestId('person-name')).toHaveProperty('textContent', 'Dana Whitfield');
    expect(subscriptions).toEqual([{ tabId: 3 }]);
    // The popup computes nothing and polls nothing: no request for state while it just shows it
    // (the research card asks for its own progress; that is its feature, not the tab state).
    expect(sent.filter((r) => !r.type.startsWith('research'))).toEqual([]);
    // A pushed change (the rep marked an outcome) replaces what is shown.
    const marked: TabState = { ...state, account: { ...account, outcome: 'qualified', outcomePackVersion: pack.version } };
    act(() => pushTo!({ type: 'state', state: marked }));
    expect(screen.getByRole('button', { name: 'Qualified' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks a team version seen only once its notice was shown on a visible screen', async () => {
    pushes = [{ type: 'state', state: { ...state, packUpdate: { version: 4, publishedBy: 'mia@acme.test', changeNotes: 'Tighter EU ICP.' } } }];
    setVisibility('hidden');
    const { App } = await import('@/components/popup/App');
    render(<App />);
    const notice = await screen.findByTestId('pack-update');
    expect(notice.textContent).toContain('v4');
    expect(notice.textContent).toContain('Tighter EU ICP.');
    // Open but not looked at (a side panel behind another window): not seen.
    expect(sent.filter((r) => r.type === 'markPackSeen')).toEqual([]);
    act(() => setVisibility('visible'));
    await waitFor(() => expect(sent.filter((r) => r.type === 'markPackSeen')).toEqual([{ type: 'markPackSeen', version: 4 }]));
    // The background clears the notice; the popup keeps it on screen for the rep to read.
    act(() => pushTo!({ type: 'state', state }));
    expect(screen.getByTestId('pack-update').textContent).toContain('v4');
    expect(sent.filter((r) => r.type === 'markPackSeen')).toHaveLength(1);
  });

  it('never marks anything seen when there is no notice', async () => {
    const { App } = await import('@/components/popup/App');
    render(<App />);
    await screen.findByTestId('person-name');
    expect(screen.queryByTestId('pack-update')).toBeNull();
    expect(sent.some((r) => r.type === 'markPackSeen')).toBe(false);
  });
});
