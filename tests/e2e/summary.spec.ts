import type { Locator, Page } from '@playwright/test';
import { expect, openPopup, openScored, test } from './fixtures';

/**
 * Summary first (#14): Chrome shows at most 600 px of a popup, so who, the verdict, the best
 * talking point with its Copy button and the outcome buttons must sit inside a 400 × 600 viewport
 * without scrolling; the details below fold, and a folded section stays folded next time.
 */
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';

async function openAt400x600(page: Awaited<ReturnType<typeof openPopup>>): Promise<Page> {
  await page.setViewportSize({ width: 400, height: 600 });
  await expect(page.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  return page;
}

async function expectAboveFold(popup: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom (px)`).toBeLessThanOrEqual(600);
  // Measured without scrolling: the page must still be at its top.
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
}

test.beforeEach(async ({ site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');
});

test('person and company popups show who, tier, best point with Copy and outcomes inside 400 × 600', async ({ context, extensionId, serviceWorker }) => {
  const { tab: companyTab } = await openScored(context, serviceWorker, COMPANY_URL);
  const { tab: personTab } = await openScored(context, serviceWorker, PERSON_URL);

  const person = await openAt400x600(await openPopup(context, extensionId, personTab));
  await expectAboveFold(person, person.getByTestId('person-name'), 'person name');
  await expect(person.getByTestId('person-name')).toHaveText(/Dana/);
  await expectAboveFold(person, person.getByTestId('fit-tier'), 'tier');
  const best = person.getByTestId('talking-point').first();
  await expectAboveFold(person, best, 'best talking point');
  await expectAboveFold(person, best.getByTestId('copy-button'), 'Copy on the best point');
  await expectAboveFold(person, person.getByTestId('account-outcome'), 'account status');
  const outcomes = person.getByTestId('outcome-button');
  await expect(outcomes).toHaveCount(3);
  for (const o of await outcomes.all()) await expectAboveFold(person, o, `outcome ${await o.textContent()}`);
  // The criteria come after the summary, not in place of it.
  const summaryBottom = (await outcomes.first().boundingBox())!.y;
  expect((await person.getByTestId('criterion').first().boundingBox())!.y).toBeGreaterThan(summaryBottom);

  const company = await openAt400x600(await openPopup(context, extensionId, companyTab));
  await expectAboveFold(company, company.getByTestId('company-name'), 'company name');
  await expect(company.getByTestId('company-name')).toHaveText(/Northwind/);
  await expectAboveFold(company, company.getByTestId('fit-tier'), 'tier');
  const companyOutcomes = company.getByTestId('outcome-button');
  await expect(companyOutcomes).toHaveCount(3);
  for (const o of await companyOutcomes.all()) await expectAboveFold(company, o, `outcome ${await o.textContent()}`);
  const companyPoints = company.getByTestId('talking-point');
  if ((await companyPoints.count()) > 0) {
    await expectAboveFold(company, companyPoints.first(), 'best talking point (company)');
    await expectAboveFold(company, companyPoints.first().getByTestId('copy-button'), 'Copy (company)');
  }
});

test('a collapsed section stays collapsed when the popup is opened again', async ({ context, extensionId, serviceWorker }) => {
  const { tab: companyTab } = await openScored(context, serviceWorker, COMPANY_URL);

  const first = await openAt400x600(await openPopup(context, extensionId, companyTab));
  const section = first.getByTestId('section-criteria');
  await expect(section).toHaveAttribute('open', '');
  await expect(first.getByTestId('criterion').first()).toBeVisible();
  await section.locator('summary').click();
  await expect(section).not.toHaveAttribute('open');
  await expect(first.getByTestId('criterion').first()).toBeHidden();
  await first.close();

  const again = await openAt400x600(await openPopup(context, extensionId, companyTab));
  await expect(again.getByTestId('fit-tier')).toBeVisible();
  await expect(again.getByTestId('section-criteria')).not.toHaveAttribute('open');
  await expect(again.getByTestId('criterion').first()).toBeHidden();
  // Other sections keep their own state.
  await expect(again.getByTestId('section-account')).toHaveAttribute('open', '');
  // Opening it again is remembered too.
  await again.getByTestId('section-criteria').locator('summary').click();
  await expect(again.getByTestId('criterion').first()).toBeVisible();
  await again.close();
  const third = await openAt400x600(await openPopup(context, extensionId, companyTab));
  await expect(third.getByTestId('criterion').first()).toBeVisible();
});
