#!/usr/bin/env node
/**
 * `npm run build:server`: bundles the sync server (server/main.ts and the lib/ code it uses,
 * such as the pack schema) into one JavaScript file, server/dist/main.js, that plain Node runs
 * (`npm run server`). npm packages stay imports, resolved from node_modules at run time, so
 * production needs only the runtime dependencies (`npm ci --omit=dev` after building).
 * The tests build through `buildServer(outfile)` too, so they run what production runs.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUTFILE = resolve(here, 'dist/main.js');

/** Builds the server into `outfile`; resolves when written. */
export async function buildServer(outfile = DEFAULT_OUTFILE) {
  await build({
    entryPoints: [resolve(here, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: '// Built by `npm run build:server` from server/main.ts; edit the TypeScript, not this file.' },
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildServer(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUTFILE);
  console.log(`built ${out}`);
}
