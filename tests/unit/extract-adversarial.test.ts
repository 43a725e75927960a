// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { findUsAddresses } from '@/lib/extract/address';
import { parseCount } from '@/lib/extract/dom';
import { companyNameProblem, personNameProblem } from '@/lib/extract/names';
import { foundedFromProse, headquartersFromProse } from '@/lib/extract/prose';
import { cleanText } from '@/lib/extract/text-clean';
import { parseEmployeeRange, parseEmployeesOnLinkedin } from '@/lib/normalize/employees';

/**
 * No page can stall a reader (issue #12): every reader and every text helper is timed on inputs
 * built to trigger super-linear regular expressions or deep recursion, and must finish within
 * 100 ms. The cap is the issue's; parsing the HTML is not timed, only the read.
 */
const CAP_MS = 100;

const URLS = {
  person: 'https://www.linkedin.com/in/adversary/',
  company: 'https://www.linkedin.com/company/adversary/about/',
  search: 'https://www.linkedin.com/search/results/people/?keywords=x',
  lead: 'https://www.linkedin.com/sales/lead/ACwAA,NAME',
  account: 'https://www.linkedin.com/sales/company/1234',
  home: 'https://www.adversary.example/',
  about: 'https://www.adversary.example/about',
};

const digitRun = `1${',000'.repeat(25_000)}`;
const megabyte = 'a'.repeat(1_000_000);
const mixed = `${'1 '.repeat(200_000)}employees`;
const spaces = `founded in ${' '.repeat(300_000)}x headquartered in ${'A'.repeat(300_000)}`;
const punct = `${'꩜'.repeat(200_000)} ${'.'.repeat(200_000)}`;
const zipLike = 'CA 94114 '.repeat(60_000);
const deep = (n: number, inner: string): string => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;

/** Pages: the same hostile text in every slot a reader looks at. */
function pages(text: string): string[] {
  return [
    `<html><head><title>${text.slice(0, 100_000)} | LinkedIn</title><meta name="description" content="${text.slice(0, 200_000)}"></head><body><main><h1 class="top-card-layout__title">${text}</h1><p>${text}</p><dl><dt>Company size</dt><dd>${text}</dd><dt>Headquarters</dt><dd>${text}</dd><dt>Founded</dt><dd>${text}</dd></dl><div class="org-top-card-summary-info-list__info-item">${text} employees</div></main><footer>${text}</footer></body></html>`,
  ];
}

const HOSTILE: [string, string][] = [
  ['"1" + ",000" x 25,000 in <main>', pages(digitRun)[0]!],
  ['a 1 MB text node', pages(megabyte)[0]!],
  ['200k numbers before a staff word', pages(mixed)[0]!],
  ['long whitespace after fact phrases', pages(spaces)[0]!],
  ['icon glyph and period runs', pages(punct)[0]!],
  ['60k state + ZIP pairs', pages(zipLike)[0]!],
  ['10k-deep nesting', `<html><body><main>${deep(10_000, `<h1 class="top-card-layout__title">Deep Person</h1><p>${digitRun}</p>`)}</main></body></html>`],
];

/**
 * The best of up to five runs: the suite runs test files in parallel on a shared machine, and a
 * super-linear pattern is slow every time (seconds, before the fixes), while a scheduler pause is not.
 */
function timed(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5 && best >= CAP_MS; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('readers on adversarial input finish within 100 ms', () => {
  for (const [label, html] of HOSTILE) {
    it(label, () => {
      const doc = parseDocument(html);
      for (const [kind, url] of Object.entries(URLS)) {
        extractPage(doc, url); // warm-up: the first call compiles the readers' patterns
        const ms = timed(() => extractPage(doc, url));
        expect(ms, `${kind} reader took ${ms.toFixed(0)} ms on ${label}`).toBeLessThan(CAP_MS);
      }
    });
  }
});

describe('text helpers on adversarial input finish within 100 ms', () => {
  const inputs: [string, string][] = [
    ['digit/comma run', digitRun],
    ['1 MB text', megabyte],
    ['numbers then a staff word', mixed],
    ['whitespace after phrases', spaces],
    ['glyph and period runs', punct],
    ['state + ZIP pairs', zipLike],
  ];
  const helpers: [string, (s: string) => unknown][] = [
    ['cleanText', cleanText],
    ['personNameProblem', personNameProblem],
    ['companyNameProblem', companyNameProblem],
    ['findUsAddresses', (s) => findUsAddresses(s)],
    ['headquartersFromProse', (s) => headquartersFromProse(s, ['Adversary'])],
    ['foundedFromProse', (s) => foundedFromProse(s, ['Adversary'])],
    ['parseCount', parseCount],
    ['parseEmployeeRange', parseEmployeeRange],
    ['parseEmployeesOnLinkedin', parseEmployeesOnLinkedin],
  ];
  for (const [name, fn] of helpers) {
    it(name, () => {
      for (const [label, text] of inputs) {
        fn(text.slice(0, 100)); // warm-up
        const ms = timed(() => fn(text));
        expect(ms, `${name} took ${ms.toFixed(0)} ms on ${label}`).toBeLessThan(CAP_MS);
      }
    });
  }

  it('still reads the facts when they are there', () => {
    // The caps and windows must not cost correctness on ordinary text.
    expect(findUsAddresses(`${digitRun} 0052 F 919-928-5516 108 Morris St, Durham, NC 27701-3312`)[0]?.text).toBe('108 Morris St, Durham, NC 27701');
    expect(foundedFromProse('Adversary was founded in 2013 in Durham.', ['Adversary'])?.value).toBe(2013);
  });
});
