import { badgeText, expect, tabIdOf, test, waitForTier } from './fixtures';

const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';
const BAKERY_URL = 'https://www.linkedin.com/company/tiny-bakery/';

test('the badge follows in-app navigation: person → company → back', async ({ context, serviceWorker, site }) => {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-spa.html');
  await site.serve(BAKERY_URL, 'linkedin-spa.html');

  // Seen first: Northwind's company page, so Dana's account is known.
  const first = await context.newPage();
  await first.goto(COMPANY_URL);
  const personTier = await waitForTier(serviceWorker, await tabIdOf(serviceWorker, first));

  const page = await context.newPage();
  await page.goto(PERSON_URL);
  const tab = await tabIdOf(serviceWorker, page);
  expect(await waitForTier(serviceWorker, tab)).toBe(personTier);

  // In-app navigation to a two-person bakery: below every ICP's floor.
  await page.click('#go-company');
  await expect.poll(() => badgeText(serviceWorker, tab), { timeout: 10_000 }).toBe('D');
  expect(page.url()).toBe(BAKERY_URL);

  await page.goBack();
  await expect.poll(() => badgeText(serviceWorker, tab), { timeout: 10_000 }).toBe(personTier);
});
