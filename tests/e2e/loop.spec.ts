import { expect, openPopup, tabIdOf, test, waitForTier } from './fixtures';

// The service worker's and the extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';

test('a LinkedIn company page and then a person there get a tier badge, a scored popup and copyable talking points', async ({
  context,
  extensionId,
  serviceWorker,
  site,
}) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');

  // The company page: 201-500 people, Software Development, Boston — the starter pack's mid-market SaaS ICP.
  const companyPage = await context.newPage();
  await companyPage.goto(COMPANY_URL);
  const companyTab = await tabIdOf(serviceWorker, companyPage);
  expect(await waitForTier(serviceWorker, companyTab)).toMatch(/^[ABC?]$/);

  // The person page: her company joins the account seen above, so the badge has a tier too.
  const personPage = await context.newPage();
  await personPage.goto(PERSON_URL);
  const personTab = await tabIdOf(serviceWorker, personPage);
  const tier = await waitForTier(serviceWorker, personTab);

  const popup = await openPopup(context, extensionId, personTab);
  // "?" on the badge while unknowns could change the tier; the popup then shows the letters still possible.
  await expect(popup.getByTestId('fit-tier')).toHaveText(tier === '?' ? /^[ABCD]–[ABCD]$/ : tier);
  const score = Number((await popup.getByTestId('fit-score').textContent())?.match(/\d+/)?.[0]);
  expect(score).toBeGreaterThanOrEqual(40);
  expect(score).toBeLessThanOrEqual(100);
  await expect(popup.getByTestId('fit-coverage')).toContainText('%');
  await expect(popup.getByTestId('pack-version')).toContainText('1');
  await expect(popup.getByTestId('persona-name')).toHaveText('Sarah the Sales Director');
  const criteria = popup.getByTestId('criterion');
  expect(await criteria.count()).toBeGreaterThan(3);
  await expect(popup.locator('[data-testid="criterion"][data-status="matched"]').first()).toBeVisible();

  const point = popup.getByTestId('talking-point').first();
  await expect(point).toBeVisible();
  const pointText = (await point.innerText()).trim();
  expect(pointText).not.toMatch(/\{\{|\}\}|undefined|null/);

  await popup.bringToFront();
  await point.getByTestId('copy-button').click();
  await expect(point.getByTestId('copy-button')).toContainText(/copied/i);
  // The extension may only write the clipboard (no clipboardRead permission): read it back from a page that may.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  await personPage.bringToFront();
  const clip = await personPage.evaluate(() => navigator.clipboard.readText());
  expect(pointText).toContain(clip.trim().slice(0, 40));
  expect(clip).toMatch(/Dana|Northwind/);
});

test('malformed messages to the background are answered with an error, not a crash', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
  const answers = await page.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m);
    return [
      await send({ type: 'nope' }),
      await send({ type: 'getTabState', tabId: 'x' }),
      await send(null),
      // An extension page may not pretend to be a content script.
      await send({ type: 'observation', observation: { url: 'x', kind: 'unsupported', person: null, people: [], company: null, evidence: {}, missing: [] } }),
      await send({ type: 'getPack' }),
    ];
  });
  for (const a of answers.slice(0, 4)) expect(a).toMatchObject({ ok: false, error: expect.any(String) });
  expect(answers[4]).toMatchObject({ ok: true, data: { source: 'starter', pack: { version: 1 } } });
  // Small permissions: LinkedIn only (www, bare and country subdomains, #15); every other site is activeTab or an optional permission.
  const manifest = await page.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions).toEqual(['https://*.linkedin.com/*']);
  expect(manifest.optional_host_permissions).toContain('https://*/*');
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
