import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, storedAccounts, tabIdOf, test, waitForTier } from './fixtures';

// The service worker's own `chrome` global (evaluated in the browser).
declare const chrome: any;

/**
 * #14 "Search and list pages" in the browser: a people search whose second row works at a
 * company the rep has already opened shows that account's tier on the row; the rows sort by fit;
 * two selected rows are copied as a brief, exported as CSV and marked with an outcome (the row
 * whose company was never seen is skipped, and the popup says so).
 */
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=revenue';

async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tab: await tabIdOf(worker, page) };
}

test('search rows show the tier of accounts seen, sort by fit, copy a brief, export CSV and mark an outcome', async ({ context, extensionId, serviceWorker, site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  // The search page of tests/e2e/pages with Jordan Okafor at Northwind Analytics ("… at Northwind Analytics").
  await site.serve(SEARCH_URL, 'linkedin-search-northwind.html');

  const company = await openTab(context, serviceWorker, COMPANY_URL);
  const badge = await waitForTier(serviceWorker, company.tab);
  const search = await openTab(context, serviceWorker, SEARCH_URL);
  const popup = await openPopup(context, extensionId, search.tab);
  const rows = popup.getByTestId('search-result');
  await expect(rows).toHaveCount(5, { timeout: 15_000 });

  // Only the Northwind row knows its account; its tier is the company page's ("?" on the badge: undecided).
  const jordan = rows.filter({ hasText: 'Jordan Okafor' });
  await expect(jordan.getByTestId('row-tier')).toHaveText(badge === '?' ? 'Tier undecided' : `Tier ${badge}`);
  await expect(popup.getByTestId('row-tier')).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Avery Lindqvist' }).getByTestId('row-account')).toContainText('not seen yet');

  // Page order first. Sorted by fit: decided tiers A–C, then undecided, then never seen, D last;
  // within one group the stronger persona match first (the starter pack leaves Northwind undecided
  // here; the order of decided tiers is covered in tests/unit/people-list.test.ts).
  await expect(rows.first()).toContainText('Avery Lindqvist');
  const pageOrder = await rows.allInnerTexts();
  await popup.getByTestId('sort-by-fit').click();
  await expect(popup.getByTestId('sort-by-fit')).toHaveAttribute('aria-pressed', 'true');
  const sorted = await rows.allInnerTexts();
  expect([...sorted].sort()).toEqual([...pageOrder].sort());
  const TIER_RANK: Record<string, number> = { A: 0, B: 1, C: 2, undecided: 3, D: 5 };
  const rank = (t: string) => TIER_RANK[t.match(/Tier (\w+)/)?.[1] ?? ''] ?? 4;
  const match = (t: string) => Number(t.match(/·\s*(\d+)%/)?.[1] ?? -1);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    expect(rank(a) < rank(b) || (rank(a) === rank(b) && match(a) >= match(b)), `${a} before ${b}`).toBe(true);
  }
  // Northwind's account was seen (undecided), the other companies never: Jordan moves up.
  expect(sorted[0]).toContain('Jordan Okafor');
  await popup.getByTestId('sort-by-fit').click();
  await expect(rows.first()).toContainText('Avery Lindqvist');

  // Select two rows: Jordan (account seen) and Avery (company never seen).
  await jordan.getByTestId('row-select').check();
  await rows.filter({ hasText: 'Avery Lindqvist' }).getByTestId('row-select').check();
  await expect(popup.getByTestId('selected-count')).toHaveText('2 selected');

  await popup.getByTestId('copy-rows-brief').click();
  await expect(popup.getByTestId('copy-rows-brief')).toHaveText(/copied/i);
  // The extension may only write the clipboard: read it back from a page that may.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  await search.page.bringToFront();
  const clip = await search.page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain('Jordan Okafor, Revenue Operations Manager');
  expect(clip).toContain('Northwind Analytics');
  expect(clip).toContain('Avery Lindqvist');
  // The profile link on a line of its own, without LinkedIn's tracking query.
  expect(clip.split('\n')).toContain('https://www.linkedin.com/in/jordan-okafor/');
  expect(clip).toContain('Account: company not seen yet');
  expect(clip).not.toContain('Priya Raman');

  await popup.bringToFront();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-rows-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toBe('Name,Title,Company,Persona,Persona match %,Tier,ICP,Outcome,Profile URL');
  expect(csv.filter((l) => l.startsWith('Jordan Okafor,'))).toHaveLength(1);
  expect(csv.filter((l) => l.startsWith('Avery Lindqvist,'))).toHaveLength(1);
  expect(csv).toHaveLength(4);

  await popup.locator('[data-testid="rows-outcome"][data-outcome="qualified"]').click();
  await expect(popup.getByTestId('rows-note')).toContainText('Marked 1 account qualified');
  await expect(popup.getByTestId('rows-note')).toContainText('1 selected person was skipped');
  await expect(jordan.getByTestId('row-outcome')).toContainText('Qualified');
  // Stored on the account itself (so its company and person pages show it too), and on no other.
  const outcomes = (await storedAccounts(serviceWorker)).filter((a) => a.outcome).map((a) => `${a.key}=${String(a.outcome)}`);
  expect(outcomes).toEqual([expect.stringMatching(/northwind.*=qualified$/)]);
});
