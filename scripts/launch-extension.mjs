/**
 * Chromium with the built LeadFit extension, as the end-to-end tests, the demo and the browser
 * benchmark start it. Plain ESM so the test runner, Playwright specs and `npm run demo` share it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

/** Flags that keep Chromium off the (closed) network and quiet. */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Starts a persistent Chromium profile with the extension in `extensionDir` loaded.
 * `grantHosts`: origins ("https://www.example.com") the extension may read without a click. A
 * script cannot click the toolbar button that grants activeTab, so tests and the demo load a copy
 * of the build whose manifest grants these hosts instead — the same access one click would give.
 */
export async function launchWithExtension(userDataDir, extensionDir, { grantHosts = [] } = {}) {
  let dir = extensionDir;
  if (grantHosts.length) {
    dir = join(mkdtempSync(join(tmpdir(), 'leadfit-ext-')), 'extension');
    cpSync(extensionDir, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...grantHosts.map((h) => `${new URL(h).origin}/*`)];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  }
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: findChromium(),
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
}
