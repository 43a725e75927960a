/**
 * The team account book at 100,000 accounts (issue #11): import time from a HubSpot-style
 * export, bytes per account in the book JSON, index build time and lookup time (by LinkedIn URL,
 * domain, name, and a miss). Figures only, no assertions; the goal is < 1 ms per lookup.
 * BOOK_BENCH_ACCOUNTS changes the count.
 */
import { createBookIndex, importBook } from '../../lib/book';

const N = Number(process.env.BOOK_BENCH_ACCOUNTS ?? 100_000);

function exportText(n: number): string {
  const stages = ['Customer', 'Opportunity', 'Lead', 'Marketing Qualified Lead', 'Other', 'Former Customer'];
  const lines = ['Company name,Company Domain Name,LinkedIn Company Page,Industry,Number of Employees,Annual Revenue,Country/Region,State/Region,City,Company owner,Lifecycle Stage'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `"Company ${i} GmbH",www.company${i}.co.uk,https://www.linkedin.com/company/company-${i}/,Software Development,${(i % 40) * 50 + 10},${(i % 90) + 5}000000,United Kingdom,England,London,Owner ${i % 25},${stages[i % stages.length]}`,
    );
  }
  return lines.join('\n');
}

export default async function bench(): Promise<void> {
  const text = exportText(N);
  let t = performance.now();
  const { book, problemCount } = await importBook(text);
  const importMs = performance.now() - t;
  const json = JSON.stringify(book);
  t = performance.now();
  const index = createBookIndex(book);
  const indexMs = performance.now() - t;
  const probes = [
    (i: number) => ({ linkedinUrl: `https://de.linkedin.com/company/company-${i}/about/` }),
    (i: number) => ({ domain: `https://shop.company${i}.co.uk/pricing` }),
    (i: number) => ({ name: `Company ${i} Ltd.` }),
    (i: number) => ({ linkedinUrl: `https://www.linkedin.com/company/nobody-${i}/`, domain: `nobody${i}.com`, name: `Nobody ${i}` }),
  ];
  const lines: string[] = [];
  for (const [k, probe] of probes.entries()) {
    const runs = 20_000;
    const times: number[] = [];
    let hits = 0;
    const start = performance.now();
    for (let r = 0; r < runs; r++) {
      const s = performance.now();
      if (index.match(probe((r * 7919) % N))) hits++;
      times.push(performance.now() - s);
    }
    const mean = (performance.now() - start) / runs;
    // p99 rather than the maximum: the worst single call is a garbage-collection pause, not the lookup.
    const p99 = times.sort((a, b) => a - b)[Math.floor(runs * 0.99)]!;
    lines.push(`  ${['linkedin', 'domain', 'name', 'miss'][k]!.padEnd(8)} mean ${(mean * 1000).toFixed(1)} µs, p99 ${(p99 * 1000).toFixed(0)} µs, ${hits}/${runs} matched`);
  }
  console.log(
    `${book.accounts.length.toLocaleString('en-US')} accounts imported in ${(importMs / 1000).toFixed(2)} s (${problemCount} problems); ` +
      `book JSON ${(json.length / 1048576).toFixed(1)} MB = ${Math.round(json.length / book.accounts.length)} bytes/account; index built in ${indexMs.toFixed(0)} ms`,
  );
  console.log(`lookups (goal < 1 ms):\n${lines.join('\n')}`);
}
