// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage, routeUrl } from '@/lib/extract';
import { extractLinkedinPage } from '@/lib/extract/route';
import { classifyTabUrl } from '@/lib/background/page-kind';
import { PAGE_KINDS } from '@/lib/observation';
import { LINKEDIN_CONTENT_MATCHES, LINKEDIN_READERS } from '@/lib/sites/linkedin-readers';
import { LINKEDIN_ORIGINS, WEB_ORIGINS } from '@/lib/sites/origins';
import { matchesPattern, readerMatches } from '@/lib/sites/reader';
import { READER_INFOS } from '@/lib/sites/reader-infos';
import { READERS } from '@/lib/sites/registry';
import { TEST_URLS } from '@/lib/sites/test-urls';
import { FIXTURE_SITES, listFixtures } from '../helpers/fixtures';

/**
 * The reader registry's conventions (like refined-github's features meta-test): every page kind
 * has exactly one reader, every reader has test URLs and fixtures, every test URL routes to its
 * reader and is claimed by no other, and everything that needs the set (router, background,
 * content-script matches) agrees with it.
 */
const fixtures = listFixtures();

describe('reader registry', () => {
  it('one reader per page kind; PAGE_KINDS lists exactly the readers plus "unsupported"', () => {
    const kinds = READERS.map((r) => r.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds, 'unsupported'].sort()).toEqual([...PAGE_KINDS].sort());
  });

  it('READER_INFOS (what the background knows) describes the same readers, in the same order', () => {
    expect(READER_INFOS.map((r) => r.kind)).toEqual(READERS.map((r) => r.kind));
    READER_INFOS.forEach((info, i) => {
      const reader = READERS[i]!;
      expect(info.matches, info.kind).toEqual(reader.matches);
      expect(info.subject, info.kind).toBe(reader.subject);
      expect(info.authority, info.kind).toEqual(reader.authority);
    });
  });

  for (const reader of READERS) {
    describe(reader.kind, () => {
      it('has test URLs, and each routes to it', () => {
        expect(TEST_URLS[reader.kind].length).toBeGreaterThan(0);
        for (const url of TEST_URLS[reader.kind]) expect(routeUrl(url), url).toBe(reader.kind);
      });

      it("no other reader's detector claims its test URLs", () => {
        for (const other of READERS) {
          if (other === reader) continue;
          for (const url of TEST_URLS[reader.kind]) expect(readerMatches(other, new URL(url)), `${other.kind} claims ${url}`).toBe(false);
        }
      });

      it('has fixtures under tests/fixtures/<site>/ whose URL routes to it, read without a reader error, at least one naming its subject', () => {
        const mine = fixtures.filter((f) => routeUrl(f.url) === reader.kind);
        expect(mine.length, `no fixture for ${reader.kind}`).toBeGreaterThan(0);
        let named = 0;
        for (const f of mine) {
          const errors: unknown[] = [];
          const obs = extractPage(parseDocument(f.html), f.url, { onReaderError: (e) => errors.push(e) });
          expect(errors, `${f.site}/${f.name}`).toEqual([]);
          expect(obs.kind).toBe(reader.kind);
          // Negative fixtures (a removed profile, a wall) read nothing, on purpose.
          if (reader.subject === 'people' ? obs.people.length > 0 : reader.subject === 'person' ? obs.person?.name : obs.company?.name) named++;
        }
        expect(named, `no fixture of ${reader.kind} names its ${reader.subject}`).toBeGreaterThan(0);
      });

      it('is known to the background as the same kind of page', () => {
        const expected = LINKEDIN_READERS.includes(reader) ? 'linkedin' : 'site';
        for (const url of TEST_URLS[reader.kind]) expect(classifyTabUrl(url), url).toBe(expected);
      });
    });
  }

  it('every fixture has its URL beside it, and that URL is read by some reader', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) {
      expect(f.url, `${f.site}/${f.name}.url`).toMatch(/^https?:\/\//);
      expect(routeUrl(f.url), `${f.site}/${f.name}`).not.toBe('unsupported');
      // The fixture sits under the site its URL belongs to.
      const site = routeUrl(f.url) === 'company-site' ? 'company-site' : new URL(f.url).pathname.startsWith('/sales/') ? 'salesnav' : 'linkedin';
      expect(f.site, `${f.site}/${f.name}`).toBe(site);
    }
    expect([...FIXTURE_SITES]).toEqual(['linkedin', 'salesnav', 'company-site']);
  });
});

describe('the LinkedIn content script and the background agree with the router', () => {
  it('the manifest matches cover every LinkedIn test URL, country subdomains included (#15)', () => {
    expect(LINKEDIN_CONTENT_MATCHES).toEqual([...LINKEDIN_ORIGINS]);
    for (const reader of LINKEDIN_READERS) {
      for (const url of TEST_URLS[reader.kind].filter((u) => u.startsWith('https:'))) {
        expect(LINKEDIN_CONTENT_MATCHES.some((p) => matchesPattern(p, new URL(url))), url).toBe(true);
      }
    }
    expect(LINKEDIN_CONTENT_MATCHES.some((p) => matchesPattern(p, new URL('https://se.linkedin.com/in/someone/')))).toBe(true);
    expect(LINKEDIN_CONTENT_MATCHES.some((p) => matchesPattern(p, new URL('https://linkedin.example.com/in/someone/')))).toBe(false);
    expect(LINKEDIN_CONTENT_MATCHES.some((p) => matchesPattern(p, new URL('https://notlinkedin.com/in/someone/')))).toBe(false);
  });

  it('the content script reads a country-subdomain profile (it never leaves the popup "loading")', () => {
    const f = fixtures.find((x) => x.name === 'person-guest-country-subdomain-2024')!;
    expect(new URL(f.url).hostname).toBe('de.linkedin.com');
    const obs = extractLinkedinPage(parseDocument(f.html), f.url);
    expect(obs.kind).toBe('linkedin-person');
    expect(obs.person?.name).toBe('Jonas Weber');
    expect(classifyTabUrl(f.url)).toBe('linkedin');
  });

  it('the content script carries no company-website reader', () => {
    expect(LINKEDIN_READERS.map((r) => r.kind)).not.toContain('company-site');
    const site = fixtures.find((x) => x.site === 'company-site')!;
    expect(extractLinkedinPage(parseDocument(site.html), site.url).kind).toBe('unsupported');
  });

  it.each([
    ['https://www.linkedin.com/feed/', 'unsupported', 'unsupported'],
    ['https://www.linkedin.com/jobs/view/123/', 'unsupported', 'unsupported'],
    ['https://business.linkedin.com/sales-solutions', 'unsupported', 'unsupported'],
    ['https://www.linkedin.com/company/acme/about/', 'linkedin-company', 'linkedin'],
    ['https://acme.example/about', 'company-site', 'site'],
    // #15: an http site is a company site for both (read on the rep's click; auto-reading needs the https grant).
    ['http://acme.example/about', 'company-site', 'site'],
    ['https://acme.example/brochure.pdf', 'unsupported', 'unsupported'],
    ['chrome://settings', 'unsupported', 'unsupported'],
    ['file:///home/rep/page.html', 'unsupported', 'unsupported'],
    ['not a url', 'unsupported', 'unsupported'],
  ])('%s: router %s, background %s', (url, kind, status) => {
    expect(routeUrl(url)).toBe(kind);
    expect(classifyTabUrl(url)).toBe(status);
  });

  it('the company-site origins are the optional web origins the manifest filters out of the required ones', () => {
    const wxtConfig = readFileSync(join(__dirname, '../../wxt.config.ts'), 'utf8');
    expect(wxtConfig).toContain('host_permissions: [...LINKEDIN_ORIGINS]');
    expect(wxtConfig).toContain('WEB_ORIGINS');
    expect([...WEB_ORIGINS].sort()).toEqual(['http://*/*', 'https://*/*']);
  });
});
