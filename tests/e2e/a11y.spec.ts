import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, openPopup, openScored, test } from './fixtures';

/**
 * Accessibility (#14): axe-core on the popup, the side panel and every tab of the options page,
 * in light and dark colour schemes; any serious or critical violation fails. axe is evaluated
 * through the DevTools protocol (page.evaluate), which extension pages' CSP (no inline scripts)
 * does not block.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';
const OPTIONS_TABS = ['profiles', 'accounts', 'privacy', 'sync', 'shortcuts'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The options page's violations found when this test was written (white text on the dark-mode
 * accent; the use-case remove button's label not containing its visible text) are fixed: none is
 * tolerated now. KNOWN_OPTIONS lists a rule on a tab that may be tolerated while it is being fixed
 * ("tab:rule"); an entry that no longer occurs is reported as an annotation (delete it then).
 */
const KNOWN_OPTIONS: Record<'light' | 'dark', string[]> = { light: [], dark: [] };

async function readyPages(context: import('@playwright/test').BrowserContext, serviceWorker: import('@playwright/test').Worker, site: { serve: (u: string, f: string) => Promise<void> }) {
  await site.serve(COMPANY_URL, 'linkedin-company-northwind.html');
  await site.serve(PERSON_URL, 'linkedin-person-dana.html');
  const { tab: companyTab } = await openScored(context, serviceWorker, COMPANY_URL);
  const { tab: personTab } = await openScored(context, serviceWorker, PERSON_URL);
  return { companyTab, personTab };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup and side panel have no serious or critical axe violations (${scheme})`, async ({ context, extensionId, serviceWorker, site }) => {
    const { companyTab, personTab } = await readyPages(context, serviceWorker, site);
    const found: string[] = [];
    for (const [label, tab] of [
      ['person', personTab],
      ['company', companyTab],
    ] as const) {
      const popup = await openPopup(context, extensionId, tab);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await expect(popup.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      await expect(popup.getByTestId('fit-tier')).toBeVisible();
      found.push(...(await seriousViolations(popup, `popup (${label})`)));
    }

    const panel = await context.newPage();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${personTab}`);
    await expect(panel.getByTestId('popup-state')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
    await expect(panel.getByTestId('fit-tier')).toBeVisible();
    found.push(...(await seriousViolations(panel, 'side panel')));
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`every options tab has no serious or critical axe violations beyond those reported (${scheme})`, async ({ context, extensionId, serviceWorker, site }) => {
    // Accounts seen, so the accounts tab has rows to check.
    await readyPages(context, serviceWorker, site);
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const found: string[] = [];
    const seen = new Set<string>();
    for (const tab of OPTIONS_TABS) {
      await options.getByTestId(`nav-${tab}`).click();
      await expect(options.getByTestId(`nav-${tab}`)).toHaveAttribute('aria-current', 'page');
      if (tab === 'profiles') await expect(options.getByTestId('icp-item').first()).toBeVisible();
      if (tab === 'accounts') await expect(options.getByTestId('account-row').first()).toBeVisible();
      for (const v of await seriousViolations(options, `options/${tab}`)) {
        const rule = v.split(' ')[1]!;
        if (KNOWN_OPTIONS[scheme].includes(`${tab}:${rule}`)) seen.add(`${tab}:${rule}`);
        else found.push(v);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
    // The options page is being fixed by its owner in parallel: a fixed entry is noted, not failed.
    for (const stale of KNOWN_OPTIONS[scheme].filter((k) => !seen.has(k))) {
      test.info().annotations.push({ type: 'fixed', description: `${stale} no longer occurs: remove it from KNOWN_OPTIONS` });
    }
  });
}
