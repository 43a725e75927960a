import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inertHappyWindow } from '../helpers/happy-dom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { detectTechnologies, markerElements } from '../../lib/technographics';
import { FINGERPRINTS } from '../../lib/technographics/fingerprints';
import { everyMarkerPage } from '../helpers/marker-page';

/**
 * The markup markers are matched in one pass over the elements' attribute names (and, where the DOM
 * is not a browser's, their class tokens) instead of one selector query each. The reference here is
 * the selector engine itself: for every technology, the first element in document order that
 * matches any of its markers, as `querySelectorAll(markers.join(', '))` returns it.
 */
function reference(document: Document): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const f of FINGERPRINTS) {
    if (!f.markers?.length) continue;
    const el = document.querySelectorAll(f.markers.join(', '))[0];
    if (el) out.set(f.name, el);
  }
  return out;
}

/** "tech → opening tag" per technology, for readable failures. */
function describeHits(hits: Map<string, Element>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, el] of [...hits].sort((a, b) => a[0].localeCompare(b[0]))) out[name] = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
  return out;
}

function expectSameAsSelectors(document: Document, label: string): void {
  const mine = markerElements(document);
  const ref = reference(document);
  expect(describeHits(mine), label).toEqual(describeHits(ref));
  // The same element, not just one that looks alike.
  for (const [name, el] of ref) expect(mine.get(name) === el, `${label}: ${name}`).toBe(true);
}

const fixtureRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixtures = ['company-site', 'linkedin', 'salesnav'].flatMap((site) =>
  existsSync(join(fixtureRoot, site)) ? readdirSync(join(fixtureRoot, site)).filter((f) => f.endsWith('.html')).map((f) => join(site, f)) : [],
);
const realDir = process.env.LEADFIT_REAL_FIXTURES ?? resolve(process.cwd(), '../shared/fixtures/real');
const realPages: string[] = existsSync(join(realDir, 'truth.json'))
  ? (JSON.parse(readFileSync(join(realDir, 'truth.json'), 'utf8')) as { file: string }[]).map((e) => e.file)
  : [];

const happyWindow = inertHappyWindow();

describe('markup markers: one pass finds what one selector per marker finds', () => {
  it('on a page holding every marker (and a near miss before each), in both orders', () => {
    for (const order of ['forward', 'reverse'] as const) {
      const document = parseDocument(everyMarkerPage(order));
      expectSameAsSelectors(document, order);
      // Every technology that has markers is found on this page.
      const withMarkers = FINGERPRINTS.filter((f) => f.markers?.length).map((f) => f.name);
      expect([...markerElements(document).keys()].sort()).toEqual([...new Set(withMarkers)].sort());
    }
  });

  it('finds nothing on a page of near misses only', () => {
    const html = everyMarkerPage('forward').replace(/<p>.*?<\/p>/g, '').replace(' data-wf-page="1"', '').replace(' class="woocommerce"', '');
    const document = parseDocument(html);
    expect(describeHits(markerElements(document))).toEqual(describeHits(reference(document)));
    // Left: only markers without a tag (the span copy satisfies them) and bare tags (the near miss is that tag).
    expect(markerElements(document).size).toBeGreaterThan(0);
    for (const [name] of markerElements(document)) {
      const f = FINGERPRINTS.find((x) => x.name === name)!;
      expect(f.markers!.some((m) => !/^[a-z]/i.test(m) || /^[a-z][\w-]*$/i.test(m)), name).toBe(true);
    }
  });

  it('in happy-dom as well', () => {
    const document = new happyWindow.DOMParser().parseFromString(everyMarkerPage('reverse'), 'text/html') as unknown as Document;
    expectSameAsSelectors(document, 'happy-dom');
  });

  it.each(fixtures)('on fixture %s', (file) => {
    expectSameAsSelectors(parseDocument(readFileSync(join(fixtureRoot, file), 'utf8')), file);
  });

  it.skipIf(realPages.length === 0).each(realPages.length ? realPages : ['(none)'])('on real page %s', (file) => {
    const document = parseDocument(readFileSync(join(realDir, file), 'utf8'));
    expectSameAsSelectors(document, file);
    // detectTechnologies reports a markup hit only where the marker lookup found that element.
    const found = markerElements(document);
    for (const t of detectTechnologies(document)) if (t.evidence.source === 'markup') expect(found.has(t.name), t.name).toBe(true);
  });
});
