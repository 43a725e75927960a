/**
 * Streaming a CRM export through `leadfit score … FILE.csv --out scored.csv` (issue #11): 1M
 * generated rows (CSV_BENCH_ROWS to change) written to a temporary file, scored by the real
 * command, and the process's peak RSS sampled while it runs. Peak RSS must stay flat as rows
 * grow (the file is never held whole); the figures are printed, not asserted.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, nodeIo } from '../../cli/leadfit';

const ROWS = Number(process.env.CSV_BENCH_ROWS ?? 1_000_000);

async function generate(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const industries = ['Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Retail', 'Other'];
  const titles = ['VP of Sales', 'Revenue Operations Manager', 'CFO', 'Account Executive', 'Product Designer'];
  out.write('\uFEFFCompany name,Company Domain Name,Industry,Number of Employees,Annual Revenue,Country/Region,City,Job Title,Company owner,Lifecycle Stage\n');
  for (let i = 0; i < rows; i++) {
    const line = `"Company ${i}, Inc",company${i}.example,${industries[i % 5]},${i % 97 === 0 ? 'lots' : (i % 40) * 50 + 10},$${(i % 90) + 5}M,${i % 3 ? 'United States' : 'Germany'},Boston,${titles[i % 5]},Owner ${i % 7},customer\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export default async function bench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'leadfit-bench-csv-'));
  try {
    const input = join(dir, 'accounts.csv');
    const output = join(dir, 'scored.csv');
    await generate(input, ROWS);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const errors: string[] = [];
    const start = performance.now();
    const code = await main(['score', input, '--out', output], { ...nodeIo, stderr: (t) => void errors.push(t) });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
    console.log(`exit ${code}; ${errors.at(-1)?.trim() ?? ''}`);
    console.log(
      `${ROWS.toLocaleString('en-US')} rows (${mb((await stat(input)).size)} in, ${mb((await stat(output)).size)} out) in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds).toLocaleString('en-US')} rows/s; ` +
        `peak RSS ${mb(peak)} (${mb(before)} before the run, +${mb(peak - before)})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
