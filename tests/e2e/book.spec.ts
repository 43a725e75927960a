import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, fixture, openPopup, openScored, tabIdOf, test } from './fixtures';

/**
 * The team account book end to end (#11): a manager reads the CRM export in Options → Accounts,
 * checks the preview and saves it to this browser; then a rep opening a LinkedIn person page at a
 * company in the book sees, with no click, the account's status and owner at the top of the
 * popup, and the book's facts in the criteria with source "account book".
 */

const here = dirname(fileURLToPath(import.meta.url));
const BOOK_CSV = join(here, '../fixtures/crm/hubspot-book.csv');
const url = (name: string) => readFileSync(join(here, '../fixtures/linkedin', `${name}.url`), 'utf8').trim();
// Maren Solberg at Norrsken Logistics (the page links the company's LinkedIn page).
const NORRSKEN_PERSON = 'person-experience-guest-2024';
// Priya Raman at Fernhill Logistics (named only, no company link).
const FERNHILL_PERSON = 'person-loggedin-2025';
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';

test('upload a HubSpot export, preview it, save; a person page at a book company shows status, owner and book facts', async ({ context, extensionId, serviceWorker, site }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#accounts`);
  const section = options.getByTestId('book-section');
  await expect(section.getByTestId('book-none')).toBeVisible();

  await section.getByTestId('book-file').setInputFiles(BOOK_CSV);
  const preview = section.getByTestId('book-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('book-detected')).toContainText('HubSpot');
  await expect(preview.getByTestId('book-counts')).toContainText('6 rows: 5 accounts, 1 left out');
  // Each role with the column it is read from, and a select to correct it.
  await expect(preview.locator('[data-testid="book-role"][data-role="owner"] select')).toHaveValue('Company owner');
  await expect(preview.locator('[data-testid="book-role"][data-role="status"] select')).toHaveValue('Lifecycle Stage');
  // The first accounts as they will be stored.
  const rows = preview.getByTestId('book-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('Norrsken Logistics AB');
  await expect(rows.first()).toContainText('Ingrid Berg');
  await expect(rows.first()).toContainText('Customer');
  await expect(rows.nth(1)).toContainText('Do not contact');
  // Problems with their line numbers.
  const problems = preview.getByTestId('book-problems');
  await expect(problems).toContainText('Line 4: Number of Employees "a lot" is not a number or a range');
  await expect(problems).toContainText('Line 6: no company name, domain or LinkedIn company page');

  // A correction re-reads the file: owner off, then back.
  await preview.locator('[data-testid="book-role"][data-role="owner"] select').selectOption('');
  await expect(preview.getByTestId('book-row').first()).not.toContainText('Ingrid Berg');
  await preview.locator('[data-testid="book-role"][data-role="owner"] select').selectOption('Company owner');
  await expect(preview.getByTestId('book-row').first()).toContainText('Ingrid Berg');

  await preview.getByTestId('book-save').click();
  await expect(section.getByTestId('book-notice')).toContainText('Saved: 5 accounts');
  await expect(section.getByTestId('book-stored')).toContainText('5 accounts');
  await expect(section.getByTestId('book-stored')).toContainText('uploaded here, version 1');

  // A person at Norrsken Logistics: matched by the company's LinkedIn page, no click.
  await site.serve(url(NORRSKEN_PERSON), fixture(`linkedin/${NORRSKEN_PERSON}.html`));
  const { tab } = await openScored(context, serviceWorker, url(NORRSKEN_PERSON));
  const popup = await openPopup(context, extensionId, tab);
  const status = popup.getByTestId('account-status');
  await expect(status).toBeVisible();
  await expect(status.getByTestId('account-status-label')).toHaveText('Customer');
  await expect(status.getByTestId('account-owner')).toHaveText('Owned by Ingrid Berg');
  await expect(status.getByTestId('account-status-evidence')).toHaveText("From your team's account book: Norrsken Logistics AB, matched by LinkedIn URL.");
  // Summary first (#14) with the status on top: status, who, verdict, best point and outcomes still
  // fit Chrome's 400 × 600 popup without scrolling.
  await popup.setViewportSize({ width: 400, height: 600 });
  const fold = [status, popup.getByTestId('person-name'), popup.getByTestId('fit-tier'), ...(await popup.getByTestId('outcome-button').all())];
  if (await popup.getByTestId('talking-point').count()) fold.push(popup.getByTestId('talking-point').first().getByTestId('copy-button'));
  expect(fold.length).toBeGreaterThanOrEqual(6);
  for (const part of fold) {
    const box = await part.boundingBox();
    expect(box, (await part.evaluate((el) => el.getAttribute('data-testid'))) ?? 'summary part').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
  }
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  // The book's facts complete the score: industry and size with their source.
  const industry = popup.getByTestId('criterion').filter({ hasText: 'Software Development' }).first();
  await expect(industry).toBeVisible();
  await industry.getByTestId('evidence-toggle').click();
  await expect(industry.getByTestId('evidence')).toContainText('account book:');
  const size = popup.getByTestId('criterion').filter({ hasText: '180' }).first();
  await size.getByTestId('evidence-toggle').click();
  await expect(size.getByTestId('evidence')).toContainText('account book:');
  // The side panel is the same view: the status is at its top too.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tab}`);
  await expect(panel.getByTestId('account-status').getByTestId('account-owner')).toHaveText('Owned by Ingrid Berg');
  await panel.close();

  // A person at Fernhill Logistics (do not contact in the CRM): matched by name, shown as a warning.
  await site.serve(url(FERNHILL_PERSON), fixture(`linkedin/${FERNHILL_PERSON}.html`));
  const fernhill = await openScored(context, serviceWorker, url(FERNHILL_PERSON));
  const popup2 = await openPopup(context, extensionId, fernhill.tab);
  const dnc = popup2.getByRole('alert').filter({ hasText: 'Do not contact' });
  await expect(dnc).toBeVisible();
  await expect(dnc.getByTestId('account-owner')).toHaveText('Owned by Tom de Vries');
  await expect(dnc.getByTestId('account-status-evidence')).toContainText('matched by name');

  // A list page (the rep's Connections): the row of a person at a book company shows its status and owner; the others nothing.
  await site.serve(CONNECTIONS_URL, fixture('linkedin/connections-2024.html'));
  const list = await context.newPage();
  await list.goto(CONNECTIONS_URL);
  const listPopup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, list));
  const results = listPopup.getByTestId('search-result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(results.filter({ hasText: 'Fatima El Amrani' }).getByTestId('row-book')).toHaveText('Open opportunity · Owned by Aoife Byrne');
  await expect(listPopup.getByTestId('row-book')).toHaveCount(1);
});

test('no book, or a company the book does not know: nothing is shown', async ({ context, extensionId, serviceWorker, site }) => {
  await site.serve(url(NORRSKEN_PERSON), fixture(`linkedin/${NORRSKEN_PERSON}.html`));
  const t0 = Date.now();
  const { tab } = await openScored(context, serviceWorker, url(NORRSKEN_PERSON));
  console.log(`book in Chromium: person page to badge without a book: ${Date.now() - t0} ms`);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('person-name')).toBeVisible();
  await expect(popup.getByTestId('account-status')).toHaveCount(0);
});

test('a CSV with an unclosed quote: the error names the line and the saved book is kept', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#accounts`);
  const section = options.getByTestId('book-section');
  await section.getByTestId('book-file').setInputFiles(BOOK_CSV);
  await section.getByTestId('book-save').click();
  await expect(section.getByTestId('book-stored')).toContainText('5 accounts');

  const broken = 'Company name,Company owner,Lifecycle Stage\nAcme,Ann,Customer\n"Broken Co,Bob,Lead\nOther,Cy,Lead\n';
  await section.getByTestId('book-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(section.getByTestId('book-error')).toContainText('line 3');
  await expect(section.getByTestId('book-error')).toContainText('Nothing was saved');
  await expect(section.getByTestId('book-preview')).toHaveCount(0);
  await expect(section.getByTestId('book-stored')).toContainText('5 accounts');
});

test('100,000 accounts: read with a progress line, saved, and a page still matched at once (figures printed)', async ({ context, extensionId, serviceWorker, site }) => {
  test.setTimeout(240_000);
  const lines = ['Company name,Company Domain Name,LinkedIn Company Page,Industry,Number of Employees,Annual Revenue,Country/Region,Company owner,Lifecycle Stage'];
  for (let i = 0; i < 100_000; i++) lines.push(`Company ${i} GmbH,company${i}.example.de,https://www.linkedin.com/company/company-${i},Software Development,${50 + (i % 900)},${(i % 90) * 1_000_000},Germany,Owner ${i % 40},${i % 7 ? 'Lead' : 'Customer'}`);
  // The person page's company, last in the file.
  lines.push('Norrsken Logistics AB,norrsken-logistics.se,https://www.linkedin.com/company/norrsken-logistics,Software Development,180,25000000,Sweden,Ingrid Berg,Customer');
  const csv = Buffer.from(`${lines.join('\n')}\n`);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#accounts`);
  const section = options.getByTestId('book-section');
  const t0 = Date.now();
  await section.getByTestId('book-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: csv });
  // The page paints while it reads: the progress line counts rows.
  await expect(section.getByTestId('book-progress')).toContainText('rows', { timeout: 60_000 });
  await expect(section.getByTestId('book-counts')).toContainText('100,001 rows: 100,001 accounts', { timeout: 120_000 });
  const readMs = Date.now() - t0;
  const t1 = Date.now();
  await section.getByTestId('book-save').click();
  await expect(section.getByTestId('book-stored')).toContainText('100,001 accounts', { timeout: 120_000 });
  const saveMs = Date.now() - t1;

  await site.serve(url(NORRSKEN_PERSON), fixture(`linkedin/${NORRSKEN_PERSON}.html`));
  const t2 = Date.now();
  const { tab } = await openScored(context, serviceWorker, url(NORRSKEN_PERSON));
  const badgeMs = Date.now() - t2;
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('account-owner')).toHaveText('Owned by Ingrid Berg');
  console.log(`book in Chromium: ${(csv.length / 1048576).toFixed(1)} MB CSV, 100,001 accounts read and previewed in ${(readMs / 1000).toFixed(1)} s, saved to IndexedDB in ${(saveMs / 1000).toFixed(1)} s; person page to badge with the book: ${badgeMs} ms`);
});
