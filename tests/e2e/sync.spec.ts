import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, launchWithExtension, openPopup, pagesDir, tabIdOf, test, waitForTier } from './fixtures';

// The extension page's own `chrome` global (evaluated in the browser).
declare const chrome: any;

/**
 * Team sync end to end: a real sync server process (SQLite in a temp folder) and two browser
 * profiles with the built extension, a manager and a rep.
 *
 * Sync settings are saved through the extension's own message (what Options → Team sync sends
 * after the permission prompt): the host-permission prompt is browser UI that Playwright cannot
 * answer. The LeadFit server allows the extension's origin (CORS), so sync works without it.
 */
const root = process.cwd();
const PERSON_URL = 'https://www.linkedin.com/in/dana-whitfield-example/';
const COMPANY_URL = 'https://www.linkedin.com/company/northwind-analytics/';

let server: ChildProcess | null = null;
let dataDir = '';
let baseUrl = '';
let tokens = { manager: '', reader: '' };

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leadfit-sync-e2e-'));
  const env = { ...process.env, LEADFIT_DATA: join(dataDir, 'leadfit.sqlite') };
  // Node itself with tsx as a loader (not npx), so killing the process stops the server.
  const node = [process.execPath, '--import', 'tsx', 'server/main.ts'] as const;
  const created = spawnSync(node[0], [...node.slice(1), 'team', 'create', 'acme', '--manager', 'Maria Lopez'], { cwd: root, env, encoding: 'utf8' });
  tokens = {
    manager: /manager token:\s*(\S+)/.exec(created.stdout)?.[1] ?? '',
    reader: /reader token:\s*(\S+)/.exec(created.stdout)?.[1] ?? '',
  };
  expect(tokens.manager, created.stderr).not.toBe('');
  const port = 18000 + Math.floor(Math.random() * 2000);
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(node[0], node.slice(1), { cwd: root, env: { ...env, LEADFIT_PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // The team starts from version 1: the starter pack, published by the manager.
  const starter = JSON.parse(readFileSync(join(root, 'assets/starter-pack.json'), 'utf8'));
  const v1 = await fetch(`${baseUrl}/v1/teams/acme/pack`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.manager}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ ...starter, version: 1 }) });
  expect(v1.status).toBe(201);
});

test.afterAll(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function profile(): Promise<{ context: BrowserContext; worker: Worker; id: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'leadfit-profile-'));
  const context = await launchWithExtension(dir);
  await context.route('https://www.linkedin.com/**', async (route) => {
    const url = route.request().url();
    const file = url.startsWith(PERSON_URL) ? 'linkedin-person-dana.html' : url.startsWith(COMPANY_URL) ? 'linkedin-company-northwind.html' : null;
    if (file) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(pagesDir, file)) });
    else await route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL(worker.url()).host, dir };
}

async function options(context: BrowserContext, id: string, sync: Record<string, string>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const saved = await page.evaluate(async (s) => {
    const current = await chrome.runtime.sendMessage({ type: 'getSettings' });
    return chrome.runtime.sendMessage({ type: 'saveSettings', settings: { ...current.data, sync: { ...current.data.sync, ...s } } });
  }, sync);
  expect(saved).toMatchObject({ ok: true });
  await page.reload();
  return page;
}

test('a manager publishes v2 from the options page; the rep checks now and scores with v2; a bad publish is refused', async () => {
  test.setTimeout(90_000);
  const manager = await profile();
  const rep = await profile();
  // A second manager who pulled v1 and edits without pulling again: their publish must conflict.
  const other = await profile();
  try {
    const sync = { mode: 'server', serverUrl: baseUrl, team: 'acme' };
    const managerOptions = await options(manager.context, manager.id, { ...sync, managerToken: tokens.manager });
    const repOptions = await options(rep.context, rep.id, { ...sync, readerToken: tokens.reader });
    const otherOptions = await options(other.context, other.id, { ...sync, managerToken: tokens.manager });

    // Both pull v1.
    for (const page of [managerOptions, repOptions, otherOptions]) {
      await page.getByTestId('nav-sync').click();
      await page.getByTestId('sync-check-now').click();
      await expect(page.getByTestId('sync-version')).toHaveText('1');
    }
    // The other manager stays on v1 until they publish: their periodic pull (Chrome runs the first
    // alarm ~30 s after Save, which a slow run reaches) would otherwise fetch v2 first and leave no conflict.
    await otherOptions.evaluate(() => chrome.alarms.clear('leadfit-sync'));

    // The manager sets their name once; it is shown before publishing (the server records the token's name).
    await managerOptions.locator('#manager-name').fill('Maria Keller');
    await managerOptions.getByTestId('save-manager-name').click();
    await expect(managerOptions.getByTestId('manager-name-message')).toContainText('Saved');

    // The manager renames a persona and publishes it with change notes: version 2.
    await managerOptions.getByTestId('nav-profiles').click();
    await managerOptions.getByTestId('persona-item').filter({ hasText: 'Sarah the Sales Director' }).click();
    await managerOptions.getByTestId('persona-name-input').fill('Sarah the Revenue Leader');
    await managerOptions.getByTestId('save-pack').click();
    // Without change notes nothing is published.
    await managerOptions.getByTestId('publish-pack').click();
    await expect(managerOptions.getByTestId('publish-message')).toContainText('Write change notes first');
    await expect(managerOptions.getByTestId('publish-confirm')).not.toBeVisible();
    await managerOptions.locator('#publish-notes').fill('Sarah now covers the whole revenue team.');
    await managerOptions.getByTestId('publish-pack').click();
    // The page asks first (a dialog in the page), listing what changed against the team's version 1.
    const confirm = managerOptions.getByTestId('publish-confirm');
    await expect(confirm).toBeVisible();
    await expect(confirm.getByTestId('publish-diff')).toContainText('Personas changed: Sarah the Revenue Leader');
    await expect(confirm.getByTestId('publish-by')).toContainText('Maria Keller');
    await confirm.getByTestId('publish-confirm-yes').click();
    await expect(managerOptions.getByTestId('publish-box')).toContainText('Published version 2');

    // The rep's "Check now" brings v2, with the change notes and what changed.
    await repOptions.getByTestId('sync-check-now').click();
    await expect(repOptions.getByTestId('sync-version')).toHaveText('2');
    await expect(repOptions.getByTestId('pack-changes')).toContainText('Sarah now covers the whole revenue team.');

    // The rep's popup scores with v2.
    const company = await rep.context.newPage();
    await company.goto(COMPANY_URL);
    await waitForTier(rep.worker, await tabIdOf(rep.worker, company));
    const person = await rep.context.newPage();
    await person.goto(PERSON_URL);
    const tab = await tabIdOf(rep.worker, person);
    await waitForTier(rep.worker, tab);
    const popup = await openPopup(rep.context, rep.id, tab);
    await expect(popup.getByTestId('pack-version')).toContainText('v2');
    await expect(popup.getByTestId('pack-version')).toContainText('team pack');
    await expect(popup.getByTestId('persona-name')).toHaveText('Sarah the Revenue Leader');

    // The other manager, still on v1, publishes: refused as a conflict, with a way to reload v2.
    await otherOptions.getByTestId('nav-profiles').click();
    await otherOptions.getByTestId('persona-item').filter({ hasText: 'Mike the RevOps Manager' }).click();
    await otherOptions.getByTestId('persona-name-input').fill('Mike the Ops Lead');
    await otherOptions.getByTestId('save-pack').click();
    await otherOptions.locator('#publish-notes').fill('Rename Mike.');
    await otherOptions.getByTestId('publish-pack').click();
    await otherOptions.getByTestId('publish-confirm').getByTestId('publish-confirm-yes').click();
    await expect(otherOptions.getByTestId('publish-conflict')).toContainText('Version 2 was published by someone else');
    const download = otherOptions.waitForEvent('download');
    await otherOptions.getByTestId('publish-conflict').getByRole('button', { name: 'Reload team version' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await expect(otherOptions.getByTestId('publish-box')).toContainText('Loaded team version 2');
    const reloaded = await otherOptions.evaluate(() => chrome.runtime.sendMessage({ type: 'getPack' }));
    expect(reloaded.data.pack.version).toBe(2);
    expect(reloaded.data.pack.personas.map((p: { name: string }) => p.name)).toContain('Sarah the Revenue Leader');

    // A malformed publish is refused with the schema's errors; the rep keeps v2.
    const bad = await fetch(`${baseUrl}/v1/teams/acme/pack`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.manager}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'acme', version: 3, icps: 'none' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.length).toBeGreaterThan(0);
    await repOptions.getByTestId('sync-check-now').click();
    await expect(repOptions.getByTestId('sync-version')).toHaveText('2');
    await expect(repOptions.getByTestId('sync-error')).toHaveText('none');
  } finally {
    for (const p of [manager, rep, other]) {
      await p.context.close();
      rmSync(p.dir, { recursive: true, force: true });
    }
  }
});

test('a book published on the sync server reaches the rep with Check now; a person at a book customer shows its status and owner', async () => {
  test.setTimeout(90_000);
  // The manager publishes the team's first account book over the API (gzip upload, as the extension sends it).
  const accounts = [
    { name: 'Northwind Analytics', domain: 'northwind-analytics.com', linkedinUrl: COMPANY_URL, owner: 'Joe Bloggs', status: 'customer' },
    { name: 'Globex Corporation', domain: 'globex.example', linkedinUrl: 'https://www.linkedin.com/company/globex/', owner: 'Aiko Tanaka', status: 'target' },
    { name: 'Initech', domain: 'initech.example', linkedinUrl: null, owner: null, status: 'do-not-contact' },
  ].map((a, i) => ({ industry: null, employees: null, revenue: null, country: null, region: null, city: null, location: null, line: i + 2, ...a }));
  const book = { format: 'leadfit-account-book', version: 1, importedAt: '2026-11-01T09:00:00.000Z', columns: { name: 'Company name' }, accounts };
  const { gzipSync } = await import('node:zlib');
  const published = await fetch(`${baseUrl}/v1/teams/acme/book?base=0`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokens.manager}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    body: gzipSync(JSON.stringify(book)),
  });
  expect(published.status, await published.clone().text()).toBe(201);

  const rep = await profile();
  try {
    const repOptions = await options(rep.context, rep.id, { mode: 'server', serverUrl: baseUrl, team: 'acme', readerToken: tokens.reader });
    await repOptions.getByTestId('nav-sync').click();
    await repOptions.getByTestId('sync-check-now').click();
    const card = repOptions.getByTestId('sync-book');
    await expect(card.getByTestId('sync-book-version')).toHaveText('1');
    await expect(card.getByTestId('sync-book-count')).toHaveText('3');
    await expect(card.getByTestId('sync-book-error')).toHaveText('—');

    // A person whose company the rep never opened: the book says who owns it, with no click.
    const person = await rep.context.newPage();
    await person.goto(PERSON_URL);
    const tab = await tabIdOf(rep.worker, person);
    await waitForTier(rep.worker, tab);
    const popup = await openPopup(rep.context, rep.id, tab);
    const status = popup.getByTestId('account-status');
    await expect(status).toHaveAttribute('data-status', 'customer');
    await expect(status).toContainText('Joe Bloggs');

    // A second check is a 304: nothing changes, no error.
    await repOptions.getByTestId('sync-check-now').click();
    await expect(card.getByTestId('sync-book-version')).toHaveText('1');
    await expect(card.getByTestId('sync-book-error')).toHaveText('—');
  } finally {
    await rep.context.close();
    rmSync(rep.dir, { recursive: true, force: true });
  }
});
