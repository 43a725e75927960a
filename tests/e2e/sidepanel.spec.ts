import { expect, storedAccounts, tabIdOf, test, waitForTier } from './fixtures';

// The service worker's own globals (evaluated in the browser).
declare const chrome: any;
declare const globalThis: { leadfitRunCommand: (name: string) => Promise<{ ok: boolean; did?: string; why?: string }> };

const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';

/**
 * Issue #14: a rep works through prospects with the side panel open and never clicks the
 * toolbar. Playwright cannot open Chrome's side panel itself, so its page runs in a tab of the
 * same window: it follows that window's active tab exactly as the panel does.
 */
test('the side panel follows the active tab, and the shortcuts act on it', async ({ context, extensionId, serviceWorker, site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');

  const companyPage = await context.newPage();
  await companyPage.goto(COMPANY_URL);
  await waitForTier(serviceWorker, await tabIdOf(serviceWorker, companyPage));
  const personPage = await context.newPage();
  await personPage.goto(PERSON_URL);
  await waitForTier(serviceWorker, await tabIdOf(serviceWorker, personPage));

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // The panel's own tab is active: an extension page LeadFit does not read.
  await expect(panel.getByTestId('popup-state')).toHaveAttribute('data-state', 'unsupported');
  // The popup's "Open side panel" is not shown inside the panel itself.
  await expect(panel.getByTestId('open-side-panel')).toHaveCount(0);

  await companyPage.bringToFront();
  await expect(panel.getByTestId('company-name')).toHaveText('Northwind Analytics');
  await expect(panel.getByTestId('person-name')).toHaveCount(0);

  await personPage.bringToFront();
  await expect(panel.getByTestId('person-name')).toContainText('Dana');
  await expect(panel.getByTestId('company-name')).toHaveCount(0);

  await companyPage.bringToFront();
  await expect(panel.getByTestId('company-name')).toHaveText('Northwind Analytics');

  // "Mark qualified" (Alt+Shift+Q) on the active tab, through the handler the shortcut calls.
  const qualified = panel.locator('[data-testid="outcome-button"][data-outcome="qualified"]');
  await expect(qualified).toHaveAttribute('aria-pressed', 'false');
  const marked = await serviceWorker.evaluate(() => globalThis.leadfitRunCommand('mark-qualified'));
  expect(marked).toMatchObject({ ok: true });
  await expect(qualified).toHaveAttribute('aria-pressed', 'true');
  const outcome = JSON.stringify(await storedAccounts(serviceWorker));
  expect(outcome).toContain('"outcome":"qualified"');

  // "Not a fit" replaces it; the panel shows the change without a reload.
  expect(await serviceWorker.evaluate(() => globalThis.leadfitRunCommand('mark-not-a-fit'))).toMatchObject({ ok: true });
  await expect(panel.locator('[data-testid="outcome-button"][data-outcome="not-a-fit"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(qualified).toHaveAttribute('aria-pressed', 'false');

  // "Copy the best talking point" (Alt+Shift+C) on the person: the first point the panel shows lands on the clipboard.
  await personPage.bringToFront();
  await expect(panel.getByTestId('person-name')).toContainText('Dana');
  const first = panel.getByTestId('talking-point').first().locator('p').first();
  const pointText = (await first.innerText()).replace(/ · by role$/, '').trim();
  expect(pointText.length).toBeGreaterThan(10);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  const copied = await serviceWorker.evaluate(() => globalThis.leadfitRunCommand('copy-talking-point'));
  expect(copied).toMatchObject({ ok: true });
  const clip = await personPage.evaluate(() => navigator.clipboard.readText());
  expect(clip.trim()).toBe(pointText);
});

test('the popup offers the side panel; options list the shortcuts', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('open-side-panel')).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#shortcuts`);
  // Ours, plus Chrome's own "open the popup" (no key until the rep sets one).
  await expect(options.locator('[data-command="_execute_action"]')).toContainText(/Open the LeadFit popup\s*not set/);
  await expect(options.locator('[data-command="open-side-panel"]')).toContainText(/Alt\s*\+\s*Shift\s*\+\s*L/);
  await expect(options.locator('[data-command="copy-talking-point"]')).toContainText('Copy the best talking point');
  await expect(options.locator('[data-command="mark-qualified"]')).toContainText(/Alt\s*\+\s*Shift\s*\+\s*Q/);
});
