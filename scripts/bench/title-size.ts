/**
 * The title classifier's share of the background bundle (issue #13): `npm run bench -- size` prints it beside
 * the extension's bundle sizes. The background script is bundled again here with esbuild (minified, metafile),
 * the same entry WXT builds: the metafile gives the bytes each module contributes, and a second bundle with the
 * classifier left out gives its gzipped share (gzip sizes do not add up per module). The WXT build in
 * .output/chrome-mv3 (when present) is listed for scale: its total differs (WXT tree-shakes other modules
 * differently), but the classifier's string tables appear in it verbatim.
 * Figures are printed and returned, never asserted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = 'entrypoints/background/index.ts';
/** The classifier: engine, result type, the 13 language modules, job nouns and stems, and its Levenshtein library. */
const CLASSIFIER = /(?:^|\/)lib\/normalize\/(?:title\.ts|title-classification\.ts|titles\/)|node_modules\/fastest-levenshtein\//;

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;

/** Leaves lib/normalize/title.ts out of the bundle (an import stays in its place). */
const withoutClassifier: Plugin = {
  name: 'without-classifier',
  setup(b) {
    b.onResolve({ filter: /normalize\/title$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function bundle(entry: string, plugins: Plugin[] = []) {
  const r = await build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    alias: { '@': root },
    logLevel: 'silent',
    outfile: 'out.js',
    plugins,
  });
  return { text: r.outputFiles[0]!.contents, meta: r.metafile };
}

export interface TitleSizeFigures {
  classifierAlone: { bytes: number; gzipBytes: number };
  background: { bytes: number; gzipBytes: number; classifierBytes: number; classifierGzipBytes: number; byModule: Record<string, number> };
  wxtBackground: { bytes: number; gzipBytes: number } | null;
}

export default async function bench(): Promise<TitleSizeFigures | void> {
  if (!existsSync(join(root, ENTRY))) {
    console.log(`skipped: no ${ENTRY}`);
    return;
  }
  const alone = await bundle('lib/normalize/title.ts');
  const full = await bundle(ENTRY);
  const rest = await bundle(ENTRY, [withoutClassifier]);
  const out = Object.values(full.meta.outputs)[0]!;
  const byModule: Record<string, number> = {};
  let classifierBytes = 0;
  for (const [path, input] of Object.entries(out.inputs)) {
    if (!CLASSIFIER.test(path)) continue;
    classifierBytes += input.bytesInOutput;
    const group = path.includes('/titles/nouns/') ? 'job nouns and stems (titles/nouns)' : path.includes('/titles/') ? 'language modules (titles/*.ts)' : path.includes('fastest-levenshtein') ? 'fastest-levenshtein' : 'engine (title.ts)';
    byModule[group] = (byModule[group] ?? 0) + input.bytesInOutput;
  }
  const figures: TitleSizeFigures = {
    classifierAlone: { bytes: alone.text.length, gzipBytes: gz(alone.text) },
    background: { bytes: full.text.length, gzipBytes: gz(full.text), classifierBytes, classifierGzipBytes: gz(full.text) - gz(rest.text), byModule },
    wxtBackground: null,
  };
  const b = figures.background;
  console.log(`title classifier alone (esbuild, minified)        ${kb(figures.classifierAlone.bytes).padStart(9)}  ${kb(figures.classifierAlone.gzipBytes).padStart(8)} gzipped`);
  console.log(`background script (esbuild, minified)            ${kb(b.bytes).padStart(9)}  ${kb(b.gzipBytes).padStart(8)} gzipped`);
  console.log(`… of which the title classifier                   ${kb(b.classifierBytes).padStart(9)}  ${kb(b.classifierGzipBytes).padStart(8)} gzipped   (${pct(b.classifierBytes, b.bytes)} of the bytes, ${pct(b.classifierGzipBytes, b.gzipBytes)} gzipped)`);
  for (const [group, bytes] of Object.entries(byModule).sort((x, y) => y[1] - x[1])) console.log(`    ${group.padEnd(46)} ${kb(bytes).padStart(9)}`);
  const wxt = join(root, '.output', 'chrome-mv3', 'background.js');
  if (existsSync(wxt)) {
    const text = readFileSync(wxt);
    figures.wxtBackground = { bytes: text.length, gzipBytes: gz(text) };
    // The classifier is mostly string tables, which both bundlers keep verbatim: its esbuild size is its size there too.
    console.log(`built background.js (WXT, .output/chrome-mv3)     ${kb(text.length).padStart(9)}  ${kb(figures.wxtBackground.gzipBytes).padStart(8)} gzipped   (the classifier ≈ ${pct(b.classifierBytes, text.length)} of it; built ${statSync(wxt).mtime.toISOString().slice(0, 16)})`);
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void bench();
