import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page fixture tree: tests/fixtures/<site>/<name>.html with the page's URL in <name>.url
 * (one line). The URL lives next to the page so a moved or new fixture carries its own routing.
 */
export const FIXTURE_SITES = ['linkedin', 'salesnav', 'company-site'] as const;
export type FixtureSite = (typeof FIXTURE_SITES)[number];

export const fixturesRoot = join(__dirname, '..', 'fixtures');

export interface PageFixture {
  site: FixtureSite;
  name: string;
  html: string;
  url: string;
}

export function loadFixture(site: FixtureSite, name: string): PageFixture {
  const base = join(fixturesRoot, site, name);
  const html = readFileSync(`${base}.html`, 'utf8');
  const url = readFileSync(`${base}.url`, 'utf8').trim();
  return { site, name, html, url };
}

/** Every fixture of one site (or all sites), in a stable order. */
export function listFixtures(site?: FixtureSite): PageFixture[] {
  const sites = site ? [site] : FIXTURE_SITES;
  const out: PageFixture[] = [];
  for (const s of sites) {
    const dir = join(fixturesRoot, s);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html')) continue;
      out.push(loadFixture(s, file.slice(0, -'.html'.length)));
    }
  }
  return out;
}
