import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { extensionDir } from './fixtures';
import { QUIET_FLAGS } from '../../scripts/launch-extension.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

/**
 * Pages served by a real local HTTPS server that Chromium resolves the sites' hosts to, for the
 * research specs. Why not `site.serve` (context.route): Playwright does not intercept the requests
 * of tabs an extension opens with `tabs.create({active: false})` (measured: the background tab ends
 * on chrome-error://, no route handler is called; the same URL in an active tab is routed). So
 * www.linkedin.com and the company sites resolve to this server (--host-resolver-rules; self-signed
 * certificate accepted with --ignore-certificate-errors): real navigations, nothing reaches the
 * network. `grantOrigins` are pre-granted in the manifest copy (as `grantHosts` does), because a
 * script cannot answer Chrome's permission prompt.
 */
export interface HttpsSites {
  /** Absolute file path served at each URL (no query, no fragment). */
  pages: Record<string, string>;
  /** Addresses answered with a redirect; a test may set them before navigating. */
  redirects: Map<string, string>;
  /** Hosts resolved to the server (every other host does not resolve). */
  hosts: string[];
  /** Origins the extension copy may read without a prompt. */
  grantOrigins: string[];
}

export function httpsSitesTest(sites: HttpsSites) {
  return base.extend<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>({
    context: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'leadfit-https-sites-'));
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=leadfit-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
        const url = `https://${req.headers.host}${(req.url ?? '/').replace(/[?#].*$/, '')}`;
        const to = sites.redirects.get(url);
        if (to) return void res.writeHead(302, { location: to }).end();
        const file = sites.pages[url];
        if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as AddressInfo).port;
      const ext = join(dir, 'extension');
      cpSync(extensionDir, ext, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...sites.grantOrigins.map((o) => `${o}/*`)];
      writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
      const rules = [...sites.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
      const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
        headless: true,
        executablePath: findChromium(),
        args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...QUIET_FLAGS, `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
      });
      await use(context);
      await context.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
    serviceWorker: async ({ context }, use) => {
      await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
    },
    extensionId: async ({ serviceWorker }, use) => {
      await use(new URL(serviceWorker.url()).host);
    },
  });
}
