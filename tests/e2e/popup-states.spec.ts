import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, tabIdOf, test, waitForTier } from './fixtures';

// The service worker's and the extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

/**
 * One test per popup state (unsupported, loading → ready, not-read → ready, empty, search
 * results), then the popup's interactions (evidence, copy all, outcome) and an accessibility
 * smoke check. Every page is a local fixture served at its real URL (tests/e2e/pages).
 */
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';
const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=sales';
const AUTHWALL_URL = 'https://www.linkedin.com/in/someone-private/';
const SITE_URL = 'https://www.northwind-analytics.com/';

const state = (popup: Page) => popup.getByTestId('popup-state');

async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tab: await tabIdOf(worker, page) };
}

/** Company page first (so the account has size and industry), then Dana; returns Dana's popup. */
async function readyPersonPopup(context: BrowserContext, extensionId: string, worker: Worker): Promise<{ page: Page; popup: Page; tab: number }> {
  const company = await openTab(context, worker, COMPANY_URL);
  await waitForTier(worker, company.tab);
  const person = await openTab(context, worker, PERSON_URL);
  await waitForTier(worker, person.tab);
  const popup = await openPopup(context, extensionId, person.tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready');
  return { page: person.page, popup, tab: person.tab };
}

test.beforeEach(async ({ site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');
  await site.serve(SEARCH_URL, 'linkedin-search-people.html');
  await site.serve(AUTHWALL_URL, 'linkedin-authwall.html');
  await site.serve(SITE_URL, 'company-site-northwind.html');
});

test('unsupported: a browser page and a blank tab have nothing to read', async ({ context, extensionId, serviceWorker }) => {
  // Opened by the extension itself, which learns the tab ids (it has no "tabs" permission, so
  // it cannot see the URL of a tab it has no host permission for and find it by URL).
  const open = (url: string) => serviceWorker.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id as number, url);
  const blankTab = await open('about:blank');
  const popup = await openPopup(context, extensionId, blankTab);
  await expect(state(popup)).toHaveAttribute('data-state', 'unsupported');
  await expect(popup.getByRole('heading', { name: /nothing to read/i })).toBeVisible();
  await expect(popup.getByTestId('fit-score')).toHaveCount(0);
  await expect(popup.getByTestId('read-page-button')).toHaveCount(0);

  const versionTab = await open('chrome://version');
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${versionTab}`);
  await expect(state(popup)).toHaveAttribute('data-state', 'unsupported');
  await expect(popup.getByTestId('read-page-button')).toHaveCount(0);
});

test('unsupported: a LinkedIn page that is not a person, company or search (the feed) stops "loading"', async ({ context, extensionId, serviceWorker, site }) => {
  await site.serve('https://www.linkedin.com/feed/', 'linkedin-authwall.html');
  const { tab } = await openTab(context, serviceWorker, 'https://www.linkedin.com/feed/');
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'unsupported', { timeout: 15_000 });
});

test('loading → ready: a LinkedIn person page ends scored with a tier and a persona', async ({ context, extensionId, serviceWorker }) => {
  // The popup is opened before the page has been read: it shows "loading" (or is already ready), then ready.
  const page = await context.newPage();
  await page.goto(PERSON_URL, { waitUntil: 'commit' });
  const tab = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', /^(loading|ready)$/);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(popup.getByTestId('person-name')).toHaveText('Dana Whitfield');
  await expect(popup.getByTestId('persona-name')).toBeVisible();
  await expect(popup.getByTestId('talking-point').first()).toBeVisible();
});

/**
 * A company website is read through activeTab: clicking the toolbar button grants the extension
 * that tab. A test cannot click the toolbar, and opening popup.html in a tab grants nothing (the
 * background could not even see the tab's URL). So for the company-site tests the extension is
 * loaded from a copy whose manifest grants this one site, which is what activeTab (or the
 * optional all-sites permission) gives the real popup.
 */
const siteTest = test.extend({ grantHosts: [SITE_URL] });

siteTest('not-read → read this page → ready: a company website with its technologies and a tier', async ({ context, extensionId, serviceWorker }) => {
  const { tab } = await openTab(context, serviceWorker, SITE_URL);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'not-read');
  const read = popup.getByRole('button', { name: /read this page/i });
  await expect(read).toHaveAttribute('data-testid', 'read-page-button');
  expect(await popup.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(800);
  await read.click();
  await expect(state(popup)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(popup.getByTestId('company-name')).toHaveText('Northwind Analytics');
  const subject = popup.getByRole('region', { name: 'Who' });
  await expect(subject.getByText(/^Uses .*(HubSpot|Salesforce|Google Tag Manager|Drift|LinkedIn Insight)/)).toBeVisible();
  const uses = await subject.getByText(/^Uses /).innerText();
  for (const tech of ['HubSpot', 'Salesforce', 'Google Tag Manager', 'Drift', 'LinkedIn Insight']) expect(uses, tech).toContain(tech);
  // A letter when decided, else the letters still possible ("A–B").
  await expect(popup.getByTestId('fit-tier')).toHaveText(/^[ABCD](–[ABCD])?$/);
  expect(await waitForTier(serviceWorker, tab)).toMatch(/^[ABCD?]$/);
});

siteTest('with automatic reading on, a company website is scored as it opens, without a click', async ({ context, extensionId, serviceWorker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const saved = await options.evaluate(async () => {
    const current = await chrome.runtime.sendMessage({ type: 'getSettings' });
    return chrome.runtime.sendMessage({ type: 'saveSettings', settings: { ...current.data, autoReadCompanySites: true } });
  });
  expect(saved).toMatchObject({ ok: true, data: { autoReadCompanySites: true } });
  const { tab } = await openTab(context, serviceWorker, SITE_URL);
  expect(await waitForTier(serviceWorker, tab)).toMatch(/^[ABCD?]$/);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready');
});

test('empty: a LinkedIn sign-in wall on a profile URL lists what was not found', async ({ context, extensionId, serviceWorker }) => {
  const { tab } = await openTab(context, serviceWorker, AUTHWALL_URL);
  const popup = await openPopup(context, extensionId, tab);
  // An empty read is held back for a few seconds (the page might still be rendering), then shown.
  await expect(state(popup)).toHaveAttribute('data-state', 'empty', { timeout: 15_000 });
  await expect(popup.getByTestId('empty-state')).toBeVisible();
  const missing = popup.getByTestId('missing-fields').locator('li');
  expect(await missing.count()).toBeGreaterThan(0);
  await expect(popup.getByTestId('missing-fields')).toContainText('person.name');
  await expect(popup.getByTestId('fit-score')).toHaveCount(0);
});

test('search results: every person on the page is listed with a persona', async ({ context, extensionId, serviceWorker }) => {
  const { tab } = await openTab(context, serviceWorker, SEARCH_URL);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  const results = popup.getByTestId('search-result');
  await expect(results).toHaveCount(5);
  const texts = await results.allInnerTexts();
  for (const name of ['Avery Lindqvist', 'Jordan Okafor', 'Priya Raman', 'Marco Bellini', 'Lena Fischer']) {
    expect(texts.some((t) => t.includes(name)), `${name} listed`).toBe(true);
  }
  // The VP of Sales, the RevOps manager and the CFO match a persona (name · role · %).
  const withPersona = texts.filter((t) => /·\s*[\w-]+.*·\s*\d+%/.test(t));
  expect(withPersona.length).toBeGreaterThanOrEqual(3);
  // Nobody in a "mutual connections" line and not the viewer.
  expect(texts.join('\n')).not.toMatch(/Sam Mutual|Casey Viewer/);
  // The designer matches no persona and is ranked last.
  expect(texts.at(-1)).toContain('Lena Fischer');
  expect(texts.at(-1)).toContain('No persona matches');
});

test('evidence toggle reveals and hides the evidence for a criterion', async ({ context, extensionId, serviceWorker }) => {
  // The company page: its criteria are read from this page, so each carries its evidence.
  const { tab } = await openTab(context, serviceWorker, COMPANY_URL);
  await waitForTier(serviceWorker, tab);
  const popup = await openPopup(context, extensionId, tab);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready');
  await expect(popup.locator('[data-testid="criterion"][data-status="matched"]').first()).toBeVisible();
  const criterion = popup.locator('[data-testid="criterion"]:has([data-testid="evidence-toggle"])').first();
  const toggle = criterion.getByTestId('evidence-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(criterion.getByTestId('evidence')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(criterion.getByTestId('evidence')).toBeVisible();
  expect((await criterion.getByTestId('evidence').innerText()).trim().length).toBeGreaterThan(5);
  await toggle.click();
  await expect(criterion.getByTestId('evidence')).toHaveCount(0);
});

test('copy all puts a multi-line brief on the clipboard', async ({ context, extensionId, serviceWorker }) => {
  const { page, popup } = await readyPersonPopup(context, extensionId, serviceWorker);
  await popup.bringToFront();
  const button = popup.getByTestId('copy-all-button');
  await button.click();
  await expect(button).toContainText(/copied/i);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  await page.bringToFront();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  const lines = clip.split('\n').filter((l) => l.trim());
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(clip).toMatch(/Dana Whitfield/);
  expect(clip).toMatch(/Northwind/);
  expect(clip).not.toMatch(/\{\{|\}\}|undefined|\bnull\b|\[object Object\]/);
  const first = (await popup.getByTestId('talking-point').first().locator('p').innerText()).trim();
  expect(clip).toContain(first.slice(0, 40));
});

test('marking an outcome is pressed and survives reopening the popup', async ({ context, extensionId, serviceWorker }) => {
  const { popup, tab } = await readyPersonPopup(context, extensionId, serviceWorker);
  const qualified = popup.locator('[data-testid="outcome-button"][data-outcome="qualified"]');
  await expect(qualified).toHaveAttribute('aria-pressed', 'false');
  await qualified.click();
  await expect(qualified).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.locator('[data-testid="outcome-button"][aria-pressed="true"]')).toHaveCount(1);
  await popup.close();

  const again = await openPopup(context, extensionId, tab);
  await expect(state(again)).toHaveAttribute('data-state', 'ready');
  await expect(again.locator('[data-testid="outcome-button"][data-outcome="qualified"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(again.locator('[data-testid="outcome-button"][data-outcome="not-a-fit"]')).toHaveAttribute('aria-pressed', 'false');
});

test('accessibility smoke: every button is named, and the popup fits 800×600', async ({ context, extensionId, serviceWorker }) => {
  const { popup } = await readyPersonPopup(context, extensionId, serviceWorker);
  await popup.setViewportSize({ width: 800, height: 600 });
  // Open every evidence panel and the objections so that their content is checked too.
  for (const toggle of await popup.getByTestId('evidence-toggle').all()) await toggle.click();
  const unnamed = await popup.evaluate(() => {
    const name = (el: Element) =>
      (el.getAttribute('aria-label') ?? '').trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim() ||
      (el.textContent ?? '').trim() ||
      (el.getAttribute('title') ?? '').trim();
    return Array.from(document.querySelectorAll('button, [role="button"], summary'))
      .filter((b) => !name(b))
      .map((b) => b.outerHTML.slice(0, 120));
  });
  expect(unnamed).toEqual([]);
  const buttons = await popup.getByRole('button').all();
  expect(buttons.length).toBeGreaterThan(3);
  for (const b of buttons) expect((await b.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim())).length).toBeGreaterThan(0);
  const width = await popup.evaluate(() => document.body.scrollWidth);
  expect(width).toBeLessThanOrEqual(800);

  // The search results too.
  const search = await openTab(context, serviceWorker, SEARCH_URL);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${search.tab}`);
  await expect(state(popup)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  expect(await popup.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(800);
});
