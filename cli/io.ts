/** What a command may touch, so tests can run commands without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Streams a file's bytes (CRM exports too large to hold); without it, commands fall back to `readFile`. */
  openRead?: (path: string) => AsyncIterable<Uint8Array>;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for a wrong call; the message is printed with the usage and exit code 2. */
export class UsageError extends Error {}

/** Splits `--flag value` pairs and positionals; boolean flags are listed in `booleans`. */
export function parseArgs(
  args: string[],
  booleans: readonly string[] = [],
): { flags: Record<string, string | true>; positionals: string[] } {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) flags[name] = arg.slice(eq + 1);
      else if (booleans.includes(name)) flags[name] = true;
      else {
        const value = args[i + 1];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags[name] = value;
        i++;
      }
    } else positionals.push(arg);
  }
  return { flags, positionals };
}
