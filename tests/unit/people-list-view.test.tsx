// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleList } from '@/components/popup/PeopleList';
import type { ListRow } from '@/lib/list-rows';
import type { Request } from '@/lib/messaging';

/** The list view (components/popup/PeopleList.tsx): it renders the background's rows and sends one `setOutcome` per account. */

const sent: Request[] = [];
vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    sent.push(request);
    if (request.type === 'setOutcome') return {};
    throw new Error(`unexpected ${request.type}`);
  },
}));

afterEach(() => {
  cleanup();
  sent.length = 0;
});

const acct = (key: string, tier: 'A' | 'B' | null) => ({ key, name: key, tier, score: 60, icpName: 'Mid-market SaaS', outcome: null, matchedBy: 'linkedin' as const });
const rows: ListRow[] = [
  { index: 0, name: 'Una Unseen', title: 'VP Sales', headline: null, company: 'Nowhere Ltd', profileUrl: null, persona: null, account: null },
  { index: 1, name: 'Bea Bravo', title: 'CFO', headline: null, company: 'Acme', profileUrl: null, persona: { id: 'f', name: 'Fiona', buyingRole: 'gatekeeper', confidence: 0.7 }, account: acct('li:acme', 'B') },
  { index: 2, name: 'Al Alpha', title: 'VP Sales', headline: null, company: 'Zed', profileUrl: null, persona: null, account: acct('li:zed', 'A') },
  { index: 3, name: 'Cy Colleague', title: 'RevOps', headline: null, company: 'Acme', profileUrl: null, persona: null, account: acct('li:acme', 'B') },
];
const names = () => screen.getAllByTestId('search-result').map((li) => within(li).getByRole('checkbox').getAttribute('aria-label'));

describe('PeopleList', () => {
  it('shows each row’s tier only where the account is known, and sorts by fit on request', () => {
    render(<PeopleList rows={rows} onError={() => {}} />);
    expect(screen.getAllByTestId('row-tier').map((e) => e.textContent)).toEqual(['Tier B', 'Tier A', 'Tier B']);
    expect(screen.getAllByTestId('search-result')[0]!.textContent).toContain('Nowhere Ltd: company not seen yet');
    expect(names()).toEqual(['Select Una Unseen', 'Select Bea Bravo', 'Select Al Alpha', 'Select Cy Colleague']);
    fireEvent.click(screen.getByTestId('sort-by-fit'));
    expect(names()).toEqual(['Select Al Alpha', 'Select Bea Bravo', 'Select Cy Colleague', 'Select Una Unseen']);
  });

  it('marks an outcome once per selected account and names the rows skipped for having none', async () => {
    render(<PeopleList rows={rows} onError={() => {}} />);
    const boxes = screen.getAllByTestId('row-select');
    for (const i of [0, 1, 3]) fireEvent.click(boxes[i]!);
    expect(screen.getByTestId('selected-count').textContent).toBe('3 selected');
    fireEvent.click(screen.getAllByTestId('rows-outcome').find((b) => b.dataset.outcome === 'not-a-fit')!);
    await waitFor(() => expect(screen.getByTestId('rows-note').textContent).toMatch(/Marked 1 account not a fit\. 1 selected person was skipped/));
    expect(sent).toEqual([{ type: 'setOutcome', accountKey: 'li:acme', outcome: 'not-a-fit' }]);
  });

  it('with only unseen companies selected, nothing is sent and the view says why', async () => {
    render(<PeopleList rows={rows} onError={() => {}} />);
    fireEvent.click(screen.getAllByTestId('row-select')[0]!);
    fireEvent.click(screen.getAllByTestId('rows-outcome')[0]!);
    await waitFor(() => expect(screen.getByTestId('rows-note').textContent).toMatch(/^Nothing marked\./));
    expect(sent).toEqual([]);
  });
});
