/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports a default
 * async function that prints its own figures). Figures are ratios or rates measured in one
 * run; nothing here asserts a time.
 *   npm run bench              all of them
 *   npm run bench -- scoring   only modules whose file name contains "scoring"
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (!filter || f.includes(filter)))
  .sort();
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> | void };
  await mod.default();
}
