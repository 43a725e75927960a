import { expect, openPopup, tabIdOf, test } from './fixtures';

/**
 * Issue #10: a first-seen LinkedIn person page, whose company LeadFit has never seen, with a
 * title that matches a persona (a co-founder and CEO), gives the rep something true to say:
 * persona points by role, none stating a company fact, each with the facts behind it, and the
 * way to fill in the company (the research action, `research-company`).
 */
const FOUNDER_URL = 'https://www.linkedin.com/in/priya-raman-example/';

test.beforeEach(async ({ site }) => {
  await site.serve(FOUNDER_URL, 'linkedin-person-founder.html');
});

test('a person page with a persona match and no known company shows persona points by role', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(FOUNDER_URL);
  const tab = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect(popup.getByTestId('person-name')).toHaveText('Priya Raman');

  const points = popup.getByTestId('talking-point');
  await expect(points.first()).toBeVisible();
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  for (const point of await points.all()) {
    await expect(point).toHaveAttribute('data-uses-company-facts', 'false');
    await expect(point).toContainText('Priya');
    await expect(point).toContainText('by role');
  }
  // The company is not known yet: the popup says so and offers the action that fills it.
  const unknown = popup.getByTestId('company-unknown');
  await expect(unknown).toContainText('Larkspur Labs is not known yet');
  await expect(popup.getByTestId('research-company')).toHaveText("Read Larkspur Labs's pages");

  // The facts behind the first point, on expand: the first name, read on this page.
  const facts = points.first().getByTestId('talking-point-facts');
  await facts.getByText('Why we can say this').click();
  await expect(facts).toContainText('Priya');
  await expect(facts).toContainText('on this page');
});
