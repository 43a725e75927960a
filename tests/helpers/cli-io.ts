import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../cli/io';

/**
 * A command-line io for tests: captures stdout and stderr; reads `files` first, then the disk
 * (or fails like a missing file when `disk` is false).
 */
export function fakeIo(files: Record<string, string> = {}, { disk = true } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      if (p in files) return files[p]!;
      if (!disk) throw new Error(`ENOENT: no such file, open '${p}'`);
      return readFile(p, 'utf8');
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
