/**
 * Adversarial pages for the readers (issue #12): the same hostile text in every slot a reader
 * looks at, and a 10k-deep tree. Shared by the Node test (tests/unit/extract-adversarial.test.ts,
 * the CLI's linkedom DOM) and the Chromium test (tests/e2e/extract-adversarial.spec.ts, the DOM
 * the content scripts run on).
 */
export const URLS = {
  person: 'https://www.linkedin.com/in/adversary/',
  company: 'https://www.linkedin.com/company/adversary/about/',
  search: 'https://www.linkedin.com/search/results/people/?keywords=x',
  lead: 'https://www.linkedin.com/sales/lead/ACwAA,NAME',
  account: 'https://www.linkedin.com/sales/company/1234',
  home: 'https://www.adversary.example/',
  about: 'https://www.adversary.example/about',
};

export const digitRun = `1${',000'.repeat(25_000)}`;
export const megabyte = 'a'.repeat(1_000_000);
export const mixed = `${'1 '.repeat(200_000)}employees`;
export const spaces = `founded in ${' '.repeat(300_000)}x headquartered in ${'A'.repeat(300_000)}`;
export const punct = `${'꩜'.repeat(200_000)} ${'.'.repeat(200_000)}`;
export const zipLike = 'CA 94114 '.repeat(60_000);
const deep = (n: number, inner: string): string => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;

/** Pages: the same hostile text in every slot a reader looks at. */
function pages(text: string): string[] {
  return [
    `<html><head><title>${text.slice(0, 100_000)} | LinkedIn</title><meta name="description" content="${text.slice(0, 200_000)}"></head><body><main><h1 class="top-card-layout__title">${text}</h1><p>${text}</p><dl><dt>Company size</dt><dd>${text}</dd><dt>Headquarters</dt><dd>${text}</dd><dt>Founded</dt><dd>${text}</dd></dl><div class="org-top-card-summary-info-list__info-item">${text} employees</div></main><footer>${text}</footer></body></html>`,
  ];
}

export const HOSTILE: [string, string][] = [
  ['"1" + ",000" x 25,000 in <main>', pages(digitRun)[0]!],
  ['a 1 MB text node', pages(megabyte)[0]!],
  ['200k numbers before a staff word', pages(mixed)[0]!],
  ['long whitespace after fact phrases', pages(spaces)[0]!],
  ['icon glyph and period runs', pages(punct)[0]!],
  ['60k state + ZIP pairs', pages(zipLike)[0]!],
  ['10k-deep nesting', `<html><body><main>${deep(10_000, `<h1 class="top-card-layout__title">Deep Person</h1><p>${digitRun}</p>`)}</main></body></html>`],
];

