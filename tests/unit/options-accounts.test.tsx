// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountRecord } from '@/lib/accounts/types';
import type { Request } from '@/lib/messaging';
import { emptyCompany } from '@/lib/observation-empty';

/**
 * Options → Accounts with a year of browsing: the table draws the most recently seen accounts a
 * step at a time, while the filters and the CSV export still cover every stored account.
 */
const TOTAL = 450;
const accounts: AccountRecord[] = Array.from({ length: TOTAL }, (_, i) => {
  const name = `Company ${String(i).padStart(3, '0')}`;
  const slug = `company-${i}`;
  return {
    key: `li:${slug}`,
    aliases: [`li:${slug}`],
    company: { ...emptyCompany(), name, linkedinUrl: `https://www.linkedin.com/company/${slug}/` },
    contacts: [],
    score: i % 3 === 0 ? 80 : 40,
    tier: i % 3 === 0 ? 'A' : 'C',
    coverage: 0.8,
    icpId: 'icp',
    icpName: 'Mid-market SaaS',
    reasons: [],
    packId: 'starter',
    packVersion: 1,
    outcome: null,
    outcomePackVersion: null,
    pages: [],
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    // Newest first, as the background sends them.
    lastSeenAt: new Date(Date.UTC(2026, 5, 1) - i * 60_000).toISOString(),
  };
});

vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    if (request.type === 'listAccounts') return accounts;
    if (request.type === 'getStorageReport') return { accountsSkipped: 0 };
    throw new Error(`unexpected ${request.type}`);
  },
}));

const { AccountsSection, ROWS_STEP } = await import('@/components/options/AccountsSection');

afterEach(cleanup);

const rows = () => screen.queryAllByTestId('account-row');
const firstCell = (i: number) => rows()[i]!.querySelector('th')!.textContent;

describe('Options → Accounts with many accounts', () => {
  it('draws the most recently seen first, a step at a time, until every account is shown', async () => {
    render(<AccountsSection active={null} />);
    await screen.findAllByTestId('account-row');
    expect(rows()).toHaveLength(ROWS_STEP);
    expect(firstCell(0)).toBe('Company 000');
    expect(screen.getByTestId('accounts-more').textContent).toContain(`of ${TOTAL}`);
    // Export covers all, not the rows drawn.
    expect(screen.getByTestId('export-csv').textContent).toContain(String(TOTAL));

    fireEvent.click(screen.getByRole('button', { name: `Show ${ROWS_STEP} more` }));
    expect(rows()).toHaveLength(2 * ROWS_STEP);
    const rest = TOTAL - 2 * ROWS_STEP;
    fireEvent.click(screen.getByRole('button', { name: `Show ${rest} more` }));
    expect(rows()).toHaveLength(TOTAL);
    expect(firstCell(TOTAL - 1)).toBe(`Company ${TOTAL - 1}`);
    expect(screen.queryByTestId('accounts-more')).toBeNull();
  });

  it('filters every account, not only the rows drawn, and starts a new filter at the top', async () => {
    render(<AccountsSection active={null} />);
    await screen.findAllByTestId('account-row');
    fireEvent.click(screen.getByRole('button', { name: `Show ${ROWS_STEP} more` }));
    fireEvent.change(screen.getByLabelText('Tier'), { target: { value: 'A' } });
    const tierA = accounts.filter((a) => a.tier === 'A').length; // 150: fewer than one step
    expect(rows()).toHaveLength(tierA);
    expect(screen.queryByTestId('accounts-more')).toBeNull();
    expect(screen.getByTestId('export-csv').textContent).toContain(String(tierA));
    fireEvent.change(screen.getByLabelText('Tier'), { target: { value: 'C' } });
    expect(rows()).toHaveLength(ROWS_STEP);
    expect(screen.getByTestId('accounts-more').textContent).toContain(`of ${TOTAL - tierA}`);
  });
});
