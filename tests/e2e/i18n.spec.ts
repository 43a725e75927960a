import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { QUIET_FLAGS } from '../../scripts/launch-extension.mjs';
import { extensionDir } from './fixtures';

/**
 * Localisation in the real browser (#14): the build's _locales reach Chromium's i18n API, so a
 * browser whose UI language is German shows LeadFit in German, page language included; every
 * other spec runs in English, the default.
 */
async function launchIn(lang: string): Promise<{ context: BrowserContext; dir: string; extensionId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-i18n-'));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: findChromium(),
    locale: lang,
    // Chromium on Linux takes its UI language from LANGUAGE as well as --lang.
    env: { ...process.env, LANGUAGE: lang },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--lang=${lang}`, ...QUIET_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, dir, extensionId: new URL(worker.url()).host };
}

test('a German browser gets the German UI', async () => {
  const { context, dir, extensionId } = await launchIn('de');
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#profiles`);
    await expect(options.getByTestId('nav-privacy')).toHaveText('Datenschutz');
    await expect(options.getByTestId('save-pack')).toHaveText('Speichern');
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
    await expect(options).toHaveTitle('LeadFit – Einstellungen');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('button', { name: 'Profile & Einstellungen' })).toBeVisible();
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('any other language falls back to English', async () => {
  const { context, dir, extensionId } = await launchIn('fr');
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#profiles`);
    await expect(options.getByTestId('nav-privacy')).toHaveText('Privacy');
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
