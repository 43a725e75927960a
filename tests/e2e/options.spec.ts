import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openOptions, openPopup, storedAccounts, tabIdOf, test, waitForTier, type Site } from './fixtures';

// The extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';
const starter = JSON.parse(readFileSync(join(process.cwd(), 'assets/starter-pack.json'), 'utf8')) as Record<string, unknown>;

/** Opens a LinkedIn fixture page and waits until its badge shows a tier; returns the page and its tab id. */
async function visit(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const tab = await tabIdOf(worker, page);
  await waitForTier(worker, tab);
  return { page, tab };
}

async function serveNorthwind(site: Site) {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');
}

test('renaming a persona in the options page changes the popup on the next page', async ({ context, extensionId, serviceWorker, site }) => {
  await serveNorthwind(site);
  await visit(context, serviceWorker, COMPANY_URL);

  const options = await openOptions(context, extensionId);
  // The manager's name, set once in Team sync, is "published by" of what this browser saves.
  await options.getByTestId('nav-sync').click();
  await options.locator('#manager-name').fill('Dana Manager');
  await options.getByTestId('save-manager-name').click();
  await expect(options.getByTestId('manager-name-message')).toContainText('Saved');
  await options.getByTestId('nav-profiles').click();
  await options.getByTestId('persona-item').filter({ hasText: 'Sarah the Sales Director' }).click();
  const name = options.getByTestId('persona-name-input');
  await expect(name).toHaveValue('Sarah the Sales Director');

  // Invalid while empty: the error shows next to the field and Save is disabled.
  await name.fill('');
  await expect(options.getByTestId('save-pack')).toBeDisabled();
  // The summary says it in words (the persona by its id while it has no name, the field by its label) and links to the field.
  await expect(options.getByTestId('pack-errors')).toContainText('Persona “sarah-sales-director”: Name must not be empty');
  await expect(options.getByTestId('pack-errors')).not.toContainText('personas[0]');
  await expect(options.getByTestId('field-error').first()).toContainText('must not be empty');
  await options.getByTestId('pack-errors').getByRole('button', { name: /Name must not be empty/ }).click();
  await expect(name).toBeFocused();

  await name.fill('Sarah the Revenue Leader');
  await expect(options.getByTestId('pack-errors')).toHaveCount(0);
  await expect(options.getByTestId('persona-item').filter({ hasText: 'Sarah the Revenue Leader' })).toBeVisible();
  await options.getByTestId('save-pack').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');

  const { tab } = await visit(context, serviceWorker, PERSON_URL);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('persona-name')).toHaveText('Sarah the Revenue Leader');
  // The score says it came from a pack edited here, not the starter pack of the same number.
  await expect(popup.getByTestId('pack-version')).toContainText('edited in this browser');

  const active = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getPack' }));
  expect(active).toMatchObject({ ok: true, data: { source: 'edited', pack: { publishedBy: 'Dana Manager' } } });
});

test('industries are picked from the LinkedIn list; a name with a comma stays one value', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.getByTestId('icp-item').first().click();
  const include = options.getByRole('combobox', { name: 'Include industries' });
  await include.fill('information internet');
  const listbox = options.getByRole('listbox', { name: /Include industries/ });
  await expect(listbox.getByRole('option').first()).toHaveText('Technology, Information and Internet');
  await include.press('ArrowDown');
  await include.press('Enter');
  const chips = include.locator('xpath=ancestor::div[contains(@class,"industry-picker")]').getByTestId('industry-chip');
  await expect(chips.filter({ hasText: 'Technology, Information and Internet' })).toHaveCount(1);
  await expect(chips.filter({ hasText: /^Technology ?×?$/ })).toHaveCount(0);
  // Free text stays possible, and says it is not a LinkedIn industry.
  await include.fill('Quantum widgets');
  await include.press('Enter');
  await expect(chips.filter({ hasText: 'Quantum widgets' })).toContainText('not a LinkedIn industry');
  await options.getByTestId('save-pack').click();
  await expect(options.getByTestId('save-status')).toContainText('Saved');
  const active = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getPack' }));
  const saved = active.data.pack.icps[0].criteria.industries.include as string[];
  expect(saved).toContain('Technology, Information and Internet');
  expect(saved).toContain('Quantum widgets');
  expect(saved).not.toContain('Information and Internet');
});

test('importing a bad pack file shows its errors and keeps the active pack', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('icp-item')).toHaveCount(2);
  await options.getByTestId('import-input').setInputFiles({
    name: 'bad-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...starter, version: 'two' })),
  });
  const errors = options.getByTestId('import-errors');
  await expect(errors).toContainText('Pack: Version: expected a number, got text');
  await expect(errors).toContainText('unchanged');

  await options.getByTestId('import-input').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"icps": [') });
  await expect(errors).toContainText('not valid JSON');

  const active = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getPack' }));
  expect(active).toMatchObject({ ok: true, data: { source: 'starter', pack: { version: 1, name: starter.name } } });
  await expect(options.getByTestId('icp-item')).toHaveCount(2);

  // A valid file is imported.
  await options.getByTestId('import-input').setInputFiles({
    name: 'good-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...starter, name: 'Imported team pack', version: 3 })),
  });
  await expect(options.getByText('Imported "Imported team pack" v3')).toBeVisible();
  const after = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getPack' }));
  expect(after).toMatchObject({ ok: true, data: { source: 'imported', pack: { version: 3 } } });
});

test('the accounts list shows the accounts seen and exports them as CSV', async ({ context, extensionId, serviceWorker, site }) => {
  await serveNorthwind(site);
  await visit(context, serviceWorker, COMPANY_URL);
  await visit(context, serviceWorker, PERSON_URL);

  const options = await openOptions(context, extensionId);
  await options.getByTestId('nav-accounts').click();
  const rows = options.getByTestId('account-row');
  await expect(rows.filter({ hasText: 'Northwind Analytics' })).toHaveCount(1);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^leadfit-accounts-.*\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Company,Website,LinkedIn URL,First Name,Last Name,Title,Tier,Score,ICP,Persona,Reasons,Outcome,Seen At');
  const dana = lines.find((l) => l.includes('Dana'));
  expect(dana).toBeDefined();
  expect(dana).toContain('Northwind Analytics');
  expect(dana).toContain('Sarah the Sales Director');
  // Tier is empty while unknown criteria could still change it (issue #10); the score is always there.
  expect(dana).toMatch(/,[ABCD]?,\d+,/);
});

test('delete everything empties the extension storage', async ({ context, extensionId, serviceWorker, site }) => {
  await serveNorthwind(site);
  await visit(context, serviceWorker, COMPANY_URL);

  const options = await openOptions(context, extensionId);
  await options.evaluate(() => chrome.storage.local.set({ leftover: 'anything stored' }));
  expect(Object.keys(await options.evaluate(() => chrome.storage.local.get(null))).length).toBeGreaterThan(0);
  expect(await storedAccounts(options)).toHaveLength(1);
  await options.getByTestId('nav-privacy').click();
  options.once('dialog', (d) => void d.accept());
  await options.getByTestId('delete-all').click();
  await expect(options.getByTestId('privacy-status')).toContainText('deleted');
  expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual({});
  expect(await storedAccounts(options)).toEqual([]);

  await options.getByTestId('nav-accounts').click();
  await expect(options.getByTestId('no-accounts')).toBeVisible();
});
