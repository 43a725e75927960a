#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx leadfit` works from a checkout
// and after `npm install -g` without a separate build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

register({ tsconfig: join(dirname(fileURLToPath(import.meta.url)), '..', 'tsconfig.json') });
const { main, nodeIo } = await import('../cli/leadfit.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo);
