// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import type { Observation } from '@/lib/observation';
import { cleanText } from '@/lib/extract/text-clean';

/**
 * Random and hostile documents: extraction must never throw, always return the contract's shape,
 * and never return a value that is not on the page (or in its URL).
 * Seeded, so a failure can be replayed: the seed is in the test name.
 */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['at', '@', 'bei', 'ex-', 'Current:', 'Past:', '|', 'Former', 'Acme', '꩜', '\ue001', '★', '🚀', 'Page not found', 'An exact match for fuzz-person could not be found.', 'Diese Seite existiert nicht', 'Sign in to view', 'Northwind', 'VP', 'Sales', 'Director', 'Berlin', 'Software', 'Development', '51-200', 'employees', 'followers', 'Ünïcödé', 'Ã©tÃ©', '\u202eevil', '中文', 'الشركة', '<script>', '{{firstName}}', 'undefined', 'null', '—', '--', '$10M', 'Inc.', '©'];
const TAGS = ['div', 'span', 'section', 'h1', 'h2', 'p', 'li', 'dt', 'dd', 'a', 'code', 'footer', 'main', 'header'];
const CLASSES = ['org-people-profile-card__profile-info', 'artdeco-entity-lockup__title', 'artdeco-entity-lockup__subtitle', 'mn-connection-card', 'mn-connection-card__occupation', 'global-nav__me', 'org-top-card-primary-actions__inner', 'top-card-layout__title', 'top-card-layout__headline', 'text-heading-xlarge', 'text-body-medium break-words', 'org-top-card-summary-info-list__info-item', 'entity-result__title-text', 'locality', 'headline title', 'visually-hidden', 'not-first-middot', ''];
const URLS = [
  'https://www.linkedin.com/in/fuzz-person/',
  'https://www.linkedin.com/company/fuzz-co/',
  'https://www.linkedin.com/company/fuzz-co/about/',
  'https://www.linkedin.com/search/results/people/?keywords=x',
  'https://www.linkedin.com/sales/lead/ACwAA,NAME',
  'https://www.linkedin.com/sales/company/1234',
  'https://www.fuzz-example.com/about',
  'https://www.linkedin.com/feed/',
  // Every other reader and page shape (#15, #16): list pages, sub-pages, a country subdomain, http.
  'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  'https://www.linkedin.com/company/fuzz-co/people/',
  'https://www.linkedin.com/company/fuzz-co/posts/',
  'https://de.linkedin.com/in/fuzz-person/recent-activity/all/',
  'https://www.linkedin.com/sales/lists/people/123',
  'http://www.fuzz-example.com/',
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function randomDocument(rand: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const text = () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(pick([' ', ', ', ' | ', ' · ']));
  const element = (depth: number): string => {
    const tag = pick(TAGS);
    const cls = pick(CLASSES);
    const attrs = [cls ? `class="${cls}"` : '', rand() < 0.2 ? `aria-hidden="true"` : '', tag === 'a' ? `href="${pick([...URLS, 'javascript:alert(1)', '//x', 'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.fuzz-example.com'])}"` : '', rand() < 0.1 ? `aria-label="Current company: ${escapeHtml(text())}"` : '']
      .filter(Boolean)
      .join(' ');
    const children = depth > 5 ? '' : Array.from({ length: Math.floor(rand() * 4) }, () => (rand() < 0.5 ? escapeHtml(text()) : element(depth + 1))).join('');
    return `<${tag} ${attrs}>${children}</${tag}>`;
  };
  const jsonLd = pick([
    '{"@type":"Person","name":"Fuzz Person","jobTitle":["VP Sales"],"worksFor":[{"name":"Fuzz Co"}]}',
    '{"@graph":[{"@type":"Organization","name":"Fuzz Co","numberOfEmployees":{"value":"lots"},"address":{"addressLocality":42}}]}',
    '{"@type":"Organization","name":',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    '{"@type":["Organization",null,7],"name":null,"sameAs":[null,{"x":1},"https://www.fuzz-example.com"]}',
    '',
  ]);
  const code = pick(['{"included":[{"$type":"com.linkedin.voyager.dash.organization.Company","name":"Fuzz Co","universalName":"fuzz-co","staffCountRange":"urn:x"},{"$id":"urn:x","start":"a","end":null}]}', '{"data":', 'null', '']);
  return `<!doctype html><html><head><title>${escapeHtml(text())} | LinkedIn</title><meta property="og:site_name" content="${escapeHtml(text())}"><script type="application/ld+json">${jsonLd}</script></head><body>${Array.from({ length: 1 + Math.floor(rand() * 8) }, () => element(0)).join('')}<code>${escapeHtml(code)}</code></body></html>`;
}

/** Every string the observation claims, with the field it sits in. */
function claims(obs: Observation): [string, string][] {
  const out: [string, string][] = [];
  const add = (prefix: string, o: object | null) => {
    if (!o) return;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out.push([`${prefix}.${k}`, v]);
      else if (typeof v === 'number') out.push([`${prefix}.${k}`, String(v)]);
      else if (Array.isArray(v)) v.forEach((x, i) => (typeof x === 'string' ? out.push([`${prefix}.${k}[${i}]`, x]) : x && typeof x === 'object' && add(`${prefix}.${k}[${i}]`, x)));
      else if (v && typeof v === 'object') add(`${prefix}.${k}`, v);
    }
  };
  add('person', obs.person);
  add('company', obs.company);
  obs.people.forEach((p, i) => add(`people[${i}]`, p));
  return out;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, '');

/** Values derived from the URL or a link are canonical forms: compare their host and path words instead. */
function onPage(value: string, corpus: string): boolean {
  if (corpus.includes(squash(value))) return true;
  if (/^\d+$/.test(value)) {
    // Counts are read from "4,210", "8K" or "10M": any of those spellings is on the page.
    const n = Number(value);
    const forms = [n.toLocaleString('en-US'), `${n / 1000}k`, `${n / 1_000_000}m`];
    return forms.some((f) => corpus.includes(squash(f)));
  }
  if (/^https?:\/\//.test(value)) {
    const words = value.replace(/^https?:\/\/(www\.)?/, '').split(/[/?#]+/).filter(Boolean);
    return words.every((w) => corpus.includes(squash(decodeURIComponent(w))));
  }
  return value.split(/[\s,]+/).every((w) => corpus.includes(squash(w)));
}

function check(html: string, url: string): Observation {
  const doc = parseDocument(html);
  // extractPage never throws by contract (a reader error keeps what was read), so "does not
  // throw" proves nothing: every reader error is reported to this hook, and there must be none.
  const readerErrors: unknown[] = [];
  const o = extractPage(doc, url, { onReaderError: (error) => readerErrors.push(error) });
  expect(readerErrors.map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e))), 'a reader threw').toEqual([]);
  expect(o.url).toBe(url);
  expect(Array.isArray(o.missing)).toBe(true);
  expect(Array.isArray(o.people)).toBe(true);
  // The corpus: the raw source (entities decoded by the parser's text), every attribute and the URL.
  const attributes = Array.from(doc.querySelectorAll('*'))
    .flatMap((el) => Array.from(el.attributes).map((a) => a.value))
    .join(' ');
  // Values are cleaned of glyphs and emoji (lib/extract/text-clean.ts): the corpus is cleaned the same way.
  const raw = [html, doc.documentElement?.textContent ?? '', attributes, url, decodeURIComponent(url)].join(' ');
  const corpus = squash(raw) + squash(cleanText(raw));
  for (const [field, value] of claims(o)) {
    expect(onPage(value, corpus), `${field} = ${JSON.stringify(value)} is not on the page`).toBe(true);
  }
  for (const key of Object.keys(o.evidence)) expect(key).toMatch(/^(person|company|people\[\d+\])\./);
  return o;
}

describe('extraction under random and hostile input', () => {
  it('random LinkedIn-shaped and site-shaped documents (seeds 1–300)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const html = randomDocument(rand);
      const url = URLS[seed % URLS.length]!;
      try {
        check(html, url);
      } catch (err) {
        throw new Error(`seed ${seed}, ${url}: ${(err as Error).message}`);
      }
    }
  });

  it('deep nesting, huge text and long attribute values', () => {
    const deep = `<html><body>${'<div>'.repeat(3000)}<h1 class="top-card-layout__title">Deep Person</h1>${'</div>'.repeat(3000)}</body></html>`;
    expect(check(deep, URLS[0]!).person?.name).toBe('Deep Person');
    const huge = `<html><body><h1>${'A'.repeat(2_000_000)}</h1><p class="text-body-medium break-words">${'word '.repeat(200_000)}</p></body></html>`;
    const obs = check(huge, URLS[0]!);
    expect((obs.person?.name ?? '').length).toBeLessThanOrEqual(5000);
    check(`<html><body><a href="https://www.linkedin.com/company/${'x'.repeat(100_000)}">x</a></body></html>`, URLS[6]!);
  });

  it('broken and hostile JSON-LD and embedded JSON are skipped, not trusted blindly', () => {
    const customers = Array.from({ length: 20 }, (_, i) => `{"@type":"Organization","name":"Customer ${i}","url":"https://customer${i}.example"}`).join(',');
    const html = `<html><head><title>Home | Fuzzsite</title><script type="application/ld+json">[${customers}]</script><script type="application/ld+json">{"@type":"Organization",</script><script type="application/ld+json">[object Object]</script></head><body></body></html>`;
    const obs = check(html, 'https://www.fuzzsite.com/');
    // A wall of customer logos is not the company.
    expect(obs.company?.name ?? '').not.toMatch(/Customer/);
    const code = `<html><body><code>${escapeHtml(JSON.stringify({ included: Array.from({ length: 2000 }, (_, i) => ({ $type: 'com.linkedin.voyager.dash.organization.Company', name: `Similar ${i}`, universalName: `similar-${i}` })) }))}</code></body></html>`;
    expect(check(code, 'https://www.linkedin.com/company/fuzz-co/').company?.name ?? null).toBeNull();
  });

  it('script-like strings, odd encodings and control characters stay text', () => {
    const html = `<html><body><h1 class="top-card-layout__title">&lt;img src=x onerror=alert(1)&gt; Ã©tÃ© \u0000\u0007 \u202eevil</h1><h2 class="top-card-layout__headline">{{firstName}} ]]&gt; &#x1F680;</h2></body></html>`;
    const obs = check(html, URLS[0]!);
    // Markup is not a name: no person is invented from it, and the page says why.
    expect(obs.person).toBeNull();
    expect(obs.missing.some((m) => m.startsWith('not a profile'))).toBe(true);
    const headline = `<html><body><h1 class="top-card-layout__title">Dana Reyes</h1><h2 class="top-card-layout__headline">&lt;b&gt;{{firstName}}&lt;/b&gt; \u0000\u0007 ]]&gt; &#x1F680; VP</h2></body></html>`;
    const o2 = check(headline, URLS[0]!);
    expect(o2.person?.headline).toBe('<b>{{firstName}}</b> ]]> VP');
  });

  it('sentences, error and wall phrases in name slots never become a person or a company (any UI language)', () => {
    const phrases = [
      'An exact match for dana-reyes-4b1a could not be found.',
      'Page not found',
      'Diese Seite existiert nicht',
      'Cette page n’existe pas',
      'Esta página no existe',
      'Sign in to view Dana’s full profile',
      'Oops! Something went wrong. Please try again.',
      'We could not find the profile you are looking for',
      'dana@example.com',
      'https://www.example.com/in/dana',
    ];
    for (const phrase of phrases) {
      const person = check(`<html><head><title>${escapeHtml(phrase)} | LinkedIn</title></head><body><main><section class="top-card-layout"><h1 class="top-card-layout__title">${escapeHtml(phrase)}</h1><h2 class="top-card-layout__headline">Head of Growth</h2></section></main></body></html>`, URLS[0]!);
      expect(person.person, phrase).toBeNull();
      expect(person.missing.find((m) => m.startsWith('not a profile')), phrase).toBeDefined();
      const ld = check(`<html><head><script type="application/ld+json">{"@type":"Person","name":${JSON.stringify(phrase)}}</script></head><body></body></html>`, URLS[0]!);
      expect(ld.person, phrase).toBeNull();
      const company = check(`<html><head><title>${escapeHtml(phrase)} | LinkedIn</title></head><body><h1 class="top-card-layout__title">${escapeHtml(phrase)}</h1></body></html>`, URLS[1]!);
      expect(company.company?.name ?? null, phrase).toBeNull();
    }
  });

  it('icon-font glyphs, emoji and private-use characters are stripped from every value; letters of every script stay', () => {
    const html = `<html><body><h1 class="top-card-layout__title">🚀 李小龍 \ue001</h1><h2 class="top-card-layout__headline">★ مدير المبيعات ✨ at ꩜Substrate</h2><section data-section="currentPositionsDetails"><span class="top-card-link__description">꩜Substrate</span></section><span class="top-card-layout__first-subline"><span class="not-first-middot"><span>Москва ✈️</span></span></span></body></html>`;
    const obs = check(html, URLS[0]!);
    expect(obs.person?.name).toBe('李小龍');
    expect(obs.person?.headline).toBe('مدير المبيعات at Substrate');
    expect(obs.person?.company).toBe('Substrate');
    for (const ev of Object.values(obs.evidence)) expect(ev.snippet).not.toMatch(/[\u{e000}-\u{f8ff}\u{aa5c}\u{1f680}★]/u);
  });

  it('a sign-in wall yields no person, not navigation text', () => {
    const wall = `<html><head><title>Sign Up | LinkedIn</title></head><body><nav><a href="/feed/">Home</a></nav><main><h1>Join LinkedIn</h1><p>Sign in to see Dana's full profile</p></main></body></html>`;
    const obs = check(wall, URLS[0]!);
    expect(obs.person).toBeNull();
    expect(obs.missing).toContain('person.name');
  });
});
