// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { completeObservation, extractPage, extractPageRaw } from '@/lib/extract';
import { extractCompanySitePage } from '@/lib/extract/company-site-page';
import { observationSchema, type Observation } from '@/lib/observation';
import { loadFixture } from '../helpers/fixtures';
import { CAP_MS, timed } from '../helpers/timing';

/**
 * #12: a company website's headquarters and founding year are parsed in the background
 * (lib/extract/site-facts.ts, run by completeObservation) from the text the company content script
 * records (Observation.raw.addressBlocks, raw.pageText), so the address grammars and the prose
 * vocabulary stay out of the injected script. The observation is the one the reader gave when it
 * parsed them itself: the same sources win, in the same order, with the same evidence.
 */
const root = resolve(__dirname, '..', '..');

/** The extension's path: the script's raw read, sent as JSON, checked by the schema, completed. */
function viaExtension(html: string, url: string): Observation {
  const sent = JSON.parse(JSON.stringify(extractCompanySitePage(parseDocument(html), url)));
  return completeObservation(observationSchema.parse(sent));
}

const page = (body: string, head = '<title>Acme GmbH</title>') => `<html><head>${head}</head><body>${body}</body></html>`;

describe('company-site facts parsed in the background', () => {
  it('the script records the text; completion reads the fact from it, as the CLI does', () => {
    const f = loadFixture('company-site', 'de-wir-ueber-uns');
    const raw = extractPageRaw(parseDocument(f.html), f.url);
    expect(raw.company?.headquarters ?? null).toBeNull();
    expect(raw.company?.founded ?? null).toBeNull();
    expect(raw.raw?.pageText).toContain('1948');
    const done = viaExtension(f.html, f.url);
    expect(done.company?.headquarters).toBe('Freiburg im Breisgau');
    expect(done.company?.founded).toBe(1948);
    expect(done).toEqual(extractPage(parseDocument(f.html), f.url));
    expect(done.raw).toBeUndefined();
    // Completing twice changes nothing.
    expect(completeObservation(done)).toEqual(done);
  });

  it('a stronger source still wins: JSON-LD before the footer, the footer before the prose', () => {
    const ld = '<script type="application/ld+json">{"@type":"Organization","name":"Acme","url":"https://www.acme-werk.de/","address":{"streetAddress":"Hafenweg 1","addressLocality":"Hamburg"},"foundingDate":"1971"}</script>';
    const body = '<main><p>Die Acme GmbH wurde 1990 gegründet und hat ihren Sitz in Köln.</p></main><footer>Acme GmbH · Musterstraße 12 · 80331 München</footer>';
    const withLd = viaExtension(page(body, `<title>Acme GmbH</title>${ld}`), 'https://www.acme-werk.de/ueber-uns');
    expect(withLd.company?.headquarters).toBe('Hafenweg 1, Hamburg');
    expect(withLd.company?.founded).toBe(1971);
    expect(withLd.evidence['company.headquarters']?.source).toBe('json-ld');
    const footer = viaExtension(page(body), 'https://www.acme-werk.de/ueber-uns');
    expect(footer.company?.headquarters).toBe('München');
    expect(footer.evidence['company.headquarters']?.snippet).toContain('Musterstraße 12');
    expect(footer.company?.founded).toBe(1990);
  });

  it('a footer listing offices in two cities claims none, and the prose is read after it', () => {
    const body =
      '<main><p>Wir sind ein Familienunternehmen mit Sitz in Stuttgart.</p></main><footer><p>Büro Nord: Hafenweg 1, 20457 Hamburg</p><p>Büro Süd: Musterstraße 12, 80331 München</p></footer>';
    const obs = viaExtension(page(body), 'https://www.acme-werk.de/');
    expect(obs.company?.headquarters).toBe('Stuttgart');
    expect(obs.evidence['company.headquarters']?.source).toBe('text');
  });

  it('prose is read on home and about pages only; an Impressum gives its address, a blog post nothing from prose', () => {
    const body = '<main><p>Acme wurde 1990 gegründet und hat ihren Sitz in Köln.</p><p>Acme GmbH, Musterstraße 12, 80331 München</p></main>';
    const blog = viaExtension(page(body), 'https://www.acme-werk.de/aktuelles/neue-halle');
    expect(blog.company?.headquarters ?? null).toBeNull();
    expect(blog.company?.founded ?? null).toBeNull();
    const legal = viaExtension(page(body), 'https://www.acme-werk.de/impressum');
    expect(legal.company?.headquarters).toBe('München');
    expect(legal.company?.founded ?? null).toBeNull();
  });

  it('the evidence keeps the order the reader recorded it in (facts before description and technologies)', () => {
    const f = loadFixture('company-site', 'it-chi-siamo');
    const keys = Object.keys(viaExtension(f.html, f.url).evidence);
    expect(keys.indexOf('company.headquarters')).toBeLessThan(keys.indexOf('company.description'));
    expect(keys).toEqual(Object.keys(extractPage(parseDocument(f.html), f.url).evidence));
  });

  it('oversized recorded text is refused at the trust boundary with a clear error', () => {
    const sent = { url: 'https://acme.de/', kind: 'company-site', person: null, people: [], company: null, evidence: {}, missing: [], raw: { pageText: 'x'.repeat(200_001) } };
    const parsed = observationSchema.safeParse(sent);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe('raw.pageText');
    const blocks = Array.from({ length: 31 }, () => ({ text: 'a', words: 'a' }));
    expect(observationSchema.safeParse({ ...sent, raw: { addressBlocks: blocks } }).success).toBe(false);
  });

  it('completion stays linear on the largest text the schema lets through', () => {
    const noisy = ['CA 94114 '.repeat(2_300), 'Musterstraße 12 80331 '.repeat(900), '1,000'.repeat(4_000), 'Aaaa '.repeat(4_000)];
    const blocks = Array.from({ length: 30 }, (_, i) => {
      const s = noisy[i % noisy.length]!.slice(0, 20_000);
      return { text: s, words: s };
    });
    const pageText = `mit Sitz in ${'Aaaa '.repeat(39_000)}`.slice(0, 200_000);
    const obs = observationSchema.parse({ url: 'https://acme.de/ueber-uns', kind: 'company-site', person: null, people: [], company: null, evidence: {}, missing: [], page: 'about', raw: { addressBlocks: blocks, pageText } });
    completeObservation(obs);
    expect(timed(() => completeObservation(obs))).toBeLessThan(CAP_MS);
  });
});

/** The modules a file imports, transitively ('@/' is the project root; types only are left out). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
      if (found) todo.push(found);
    }
  }
  return seen;
}

describe('the content scripts do not carry the moved parsers', () => {
  const moved = ['lib/extract/prose.ts', 'lib/extract/address.ts', 'lib/extract/site-facts.ts', 'lib/extract/complete.ts'].map((p) => join(root, p));
  it.each(['entrypoints/company.content.ts', 'entrypoints/linkedin.content.ts'])('%s', (entry) => {
    const files = reachable(join(root, entry));
    expect(files.size).toBeGreaterThan(3);
    for (const m of moved) expect(files.has(m), `${entry} imports ${m}`).toBe(false);
  });
});
