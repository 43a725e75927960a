import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND, FIREFOX_SIDEBAR_COMMAND } from '@/lib/commands';

/**
 * The built manifests, as the stores will see them (issue #14 "Build"). Reads .output/ when a
 * build is there (scripts/test-all.mjs runs this file again right after both builds); skipped
 * otherwise, since a unit run must not build.
 */
const root = resolve(import.meta.dirname, '../..');
const builds = [
  { browser: 'chrome', dir: join(root, '.output/chrome-mv3') },
  { browser: 'firefox', dir: join(root, '.output/firefox-mv2') },
] as const;

const SIZES = ['16', '32', '48', '128'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type Manifest = Record<string, any>;

/** scripts/test-all.mjs sets it after both builds: there, a missing manifest is a failure, not a skip. */
const requireBuild = process.env.LEADFIT_REQUIRE_BUILD === '1';

for (const { browser, dir } of builds) {
  const file = join(dir, 'manifest.json');
  if (requireBuild) it(`${browser} build is present`, () => expect(existsSync(file), file).toBe(true));
  describe.skipIf(!existsSync(file) && !requireBuild)(`${browser} manifest (${file})`, () => {
    const manifest = (): Manifest => JSON.parse(readFileSync(file, 'utf8'));

    it('lists an icon of each size, each a PNG of that size', () => {
      const icons = manifest().icons as Record<string, string>;
      expect(Object.keys(icons).sort()).toEqual([...SIZES].sort());
      for (const size of SIZES) {
        const png = join(dir, icons[size]!);
        expect(existsSync(png), png).toBe(true);
        expect(pngSize(png)).toEqual({ width: Number(size), height: Number(size) });
      }
    });

    it('starts the toolbar icon grey, and ships the colour icons badge.ts switches to', () => {
      const m = manifest();
      const action = browser === 'chrome' ? m.action : m.browser_action;
      expect(action.default_popup).toBe('popup.html');
      for (const [size, path] of Object.entries(action.default_icon as Record<string, string>)) {
        expect(path).toMatch(/grey/);
        expect(pngSize(join(dir, path))).toEqual({ width: Number(size), height: Number(size) });
      }
      for (const name of ['icon-16.png', 'icon-32.png', 'icon-grey-16.png', 'icon-grey-32.png']) expect(existsSync(join(dir, name)), name).toBe(true);
    });

    it('has the side panel, and its page is in the build', () => {
      const m = manifest();
      const page = browser === 'chrome' ? m.side_panel?.default_path : m.sidebar_action?.default_panel;
      expect(page).toBe('sidepanel.html');
      expect(existsSync(join(dir, page))).toBe(true);
      if (browser === 'chrome') expect(m.permissions).toContain('sidePanel');
      else expect(m.sidebar_action.open_at_install).toBe(false);
    });

    it('has the keyboard shortcuts', () => {
      const commands = manifest().commands as Record<string, { suggested_key?: { default?: string } }>;
      const open = browser === 'firefox' ? FIREFOX_SIDEBAR_COMMAND : COMMAND.openSidePanel;
      for (const name of [open, COMMAND.copyTalkingPoint, COMMAND.markQualified, COMMAND.markNotAFit]) {
        expect(commands[name]?.suggested_key?.default, name).toBeTruthy();
      }
    });

    it('keeps the content scripts within their gzipped budgets', () => {
      // The company script is injected into a page on demand, so it is held to 30 KB gzipped (gzip -9,
      // as `npm run bench` measures); the LinkedIn script, on every LinkedIn page, to 15 KB (#12): it
      // records what it reads and the background checks names, finishes cleaning, parses bands and
      // headlines and lists what is missing (lib/extract/complete.ts); it runs without WXT's context.
      const budgets: Record<string, number> = { company: 30 * 1024, linkedin: 15 * 1024 };
      for (const [name, max] of Object.entries(budgets)) {
        const script = join(dir, 'content-scripts', `${name}.js`);
        expect(existsSync(script), script).toBe(true);
        const gz = gzipSync(readFileSync(script), { level: 9 }).length;
        expect(gz, `${name}.js is ${(gz / 1024).toFixed(1)} KB gzipped, over ${max / 1024} KB`).toBeLessThanOrEqual(max);
      }
    });

    it('reads LinkedIn only, and exposes nothing to web pages', () => {
      const m = manifest();
      expect(m.web_accessible_resources).toBeUndefined();
      // MV3 lists hosts apart; MV2 mixes them into `permissions`.
      const hosts: string[] = browser === 'chrome' ? m.host_permissions : (m.permissions as string[]).filter((p) => p.includes('://'));
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) expect(host).toMatch(/^https:\/\/(\*\.)?linkedin\.com\/\*$/);
      for (const script of m.content_scripts ?? []) for (const match of script.matches) expect(match).toMatch(/linkedin\.com/);
    });
  });
}
