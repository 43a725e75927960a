import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, fixture, openPopup, tabIdOf, test, waitForTier } from './fixtures';

/**
 * #15/#16 in the browser: LinkedIn pages beyond www profiles — a country-subdomain profile
 * (the content script must run there, or the popup says "loading" forever), the viewer's
 * Connections list and a company's People tab (people listed, the viewer never).
 * Pages are local fixtures served at their real URLs (tests/e2e/pages).
 */
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const DE_PERSON_URL = 'https://de.linkedin.com/in/dana-whitfield-example/';
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const PEOPLE_TAB_URL = 'https://www.linkedin.com/company/kestrel-robotics-example/people/';

const state = (popup: Page) => popup.getByTestId('popup-state');

async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tab: await tabIdOf(worker, page) };
}

test.beforeEach(async ({ site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(DE_PERSON_URL, 'linkedin-person-dana.html');
  await site.serve(CONNECTIONS_URL, fixture('linkedin/connections-2024.html'));
  await site.serve(PEOPLE_TAB_URL, fixture('linkedin/company-people-tab-2025.html'));
});

test('a profile on a country subdomain (de.linkedin.com) is read: badge and a ready popup', async ({ context, extensionId, serviceWorker }) => {
  const company = await openTab(context, serviceWorker, COMPANY_URL);
  const companyTier = await waitForTier(serviceWorker, company.tab);
  const person = await openTab(context, serviceWorker, DE_PERSON_URL);
  expect(await waitForTier(serviceWorker, person.tab)).toBe(companyTier);
  const popup = await openPopup(context, extensionId, person.tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready');
  await expect(popup.getByText('Dana Whitfield').first()).toBeVisible();
});

test("the viewer's Connections list: every connection listed, the viewer never", async ({ context, extensionId, serviceWorker }) => {
  const { tab } = await openTab(context, serviceWorker, CONNECTIONS_URL);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  const results = popup.getByTestId('search-result');
  await expect(results).toHaveCount(8);
  await expect(results.filter({ hasText: 'Inês Costa' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'Viewer McViewer' })).toHaveCount(0);
});

test("a company's People tab: the company is scored and its people listed, the viewer (who works there) not", async ({ context, extensionId, serviceWorker }) => {
  const { tab } = await openTab(context, serviceWorker, PEOPLE_TAB_URL);
  await waitForTier(serviceWorker, tab);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready');
  const results = popup.getByTestId('search-result');
  await expect(results).toHaveCount(4);
  await expect(results.filter({ hasText: 'Viewer McViewer' })).toHaveCount(0);
});
