import { join } from 'node:path';
import { expect, type Worker } from '@playwright/test';
import { openPopup, pagesDir, tabIdOf, waitForTier } from './fixtures';
import { httpsSitesTest } from './https-sites';

/**
 * Issue #11 "Research from the popup": on a first-seen person page, one click reads the company's
 * LinkedIn page and its website in background tabs (closed after), merges them into the account
 * and re-scores the person's tab.
 *
 * Served by a local HTTPS server (tests/e2e/https-sites.ts says why not `context.route`); the
 * website origin is pre-granted in the manifest copy; the popup still asks for it on the click.
 */
const PERSON_URL = 'https://www.linkedin.com/in/marco-lindqvist-example/';
const COMPANY_URL = 'https://www.linkedin.com/company/quillfeather-systems/';
const SITE = 'https://www.quillfeather.io';

const PAGES: Record<string, string> = {
  [PERSON_URL]: 'research-person.html',
  // Research opens the company's About tab (where a signed-in rep sees website, industry and size).
  [`${COMPANY_URL}about/`]: 'research-linkedin-company.html',
  [COMPANY_URL]: 'research-linkedin-company.html',
  [`${SITE}/`]: 'research-website.html',
  [`${SITE}/about`]: 'research-website-about.html',
  'https://www.linkedin.com/authwall': 'linkedin-authwall.html',
};

/** Addresses the server answers with a redirect (a test sets them before navigating). */
const redirects = new Map<string, string>();

const test = httpsSitesTest({
  pages: Object.fromEntries(Object.entries(PAGES).map(([url, file]) => [url, join(pagesDir, file)])),
  redirects,
  hosts: ['www.linkedin.com', 'www.quillfeather.io'],
  grantOrigins: [SITE],
});

test('one click on a person page reads the company on LinkedIn and its website, then the popup shows its facts and a verdict', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(PERSON_URL);
  const tab = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(popup.getByTestId('person-name')).toHaveText('Marco Lindqvist');
  // First seen: nothing is known about the company, so there is no verdict on it yet.
  await expect(popup.getByTestId('research-facts')).toHaveCount(0);

  const pagesBefore = context.pages().length;
  const research = popup.getByTestId('research-company');
  await expect(research).toHaveText("Read Quillfeather Systems's pages");
  await research.click();

  const lines = popup.getByTestId('research-line');
  await expect(lines.first()).toHaveText('Reading Quillfeather Systems on LinkedIn… done', { timeout: 30_000 });
  await expect(lines.nth(1)).toHaveText('Reading quillfeather.io… done', { timeout: 30_000 });

  const facts = popup.getByTestId('research-facts');
  await expect(facts.getByTestId('research-fact-industry')).toHaveText('Software Development', { timeout: 15_000 });
  await expect(facts.getByTestId('research-fact-size')).toContainText('51');
  await expect(facts.getByTestId('research-fact-technologies')).toContainText('HubSpot');
  await expect(facts.getByTestId('research-fact-technologies')).toContainText('Intercom');

  // The person's tab was re-scored with the company's facts: a tier letter or a range.
  await expect(popup.getByTestId('fit-tier')).toHaveText(/^[ABCD](–[ABCD])?$/, { timeout: 15_000 });
  expect(await waitForTier(serviceWorker, tab)).toMatch(/^[ABCD?]$/);

  // The background tabs were closed again.
  await expect.poll(() => context.pages().length).toBe(pagesBefore);
  const open = await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t: { url?: string }) => t.url ?? ''));
  expect(open.filter((u: string) => u.startsWith(COMPANY_URL) || u.startsWith(SITE))).toEqual([]);

  // Kept on the account: reopening the popup shows the results with their date and "Refresh", no new read.
  const again = await openPopup(context, extensionId, tab);
  await expect(again.getByTestId('research-date')).toContainText('Read', { timeout: 15_000 });
  await expect(again.getByTestId('research-refresh')).toBeVisible();
  await expect(again.getByTestId('research-company')).toHaveCount(0);
});


test('a LinkedIn sign-in wall gives a sentence, no facts and no open tab', async ({ context, extensionId, serviceWorker }) => {
  redirects.set(`${COMPANY_URL}about/`, 'https://www.linkedin.com/authwall?trk=company&sessionRedirect=x');
  try {
    const page = await context.newPage();
    await page.goto(PERSON_URL);
    const tab = await tabIdOf(serviceWorker, page);
    const popup = await openPopup(context, extensionId, tab);
    await expect(popup.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
    await popup.getByTestId('research-company').click();
    const lines = popup.getByTestId('research-line');
    await expect(lines.first()).toHaveText('Reading Quillfeather Systems on LinkedIn… login wall — sign in to LinkedIn in this browser and try again', { timeout: 30_000 });
    await expect(lines.nth(1)).toContainText('skipped');
    await expect(popup.getByTestId('research-fact-industry')).toHaveCount(0);
    const open = await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t: { url?: string }) => t.url ?? ''));
    expect(open.filter((u: string) => u.includes('/authwall') || u.startsWith(COMPANY_URL))).toEqual([]);
  } finally {
    redirects.clear();
  }
});

test('on a LinkedIn company page, "Read the website" adds the website\'s technologies', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(COMPANY_URL);
  const tab = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(popup.getByTestId('research-company')).toHaveCount(0);
  await popup.getByTestId('research-website').click();
  await expect(popup.getByTestId('research-line').first()).toHaveText('Reading quillfeather.io… done', { timeout: 30_000 });
  await expect(popup.getByTestId('research-fact-technologies')).toContainText('HubSpot', { timeout: 15_000 });
  await expect(popup.getByTestId('research-fact-industry')).toHaveText('Software Development');
});

declare const chrome: any;
