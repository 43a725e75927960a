// @vitest-environment node
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/build.mjs';

/**
 * The server as production runs it: built to JavaScript (`npm run build:server`) and started
 * with plain Node. Covers the admin CLI, file modes, startup warnings and the errors a
 * misconfigured machine gets (#9): a database it cannot write, a port already in use.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the repository, so the bundle's package imports resolve from node_modules; one
// folder per run, so parallel runs do not overwrite each other's build.
const buildDir = join(root, 'server', 'dist', `.test-${process.pid}`);
const mainJs = join(buildDir, 'main.js');
let dir: string;

beforeAll(async () => {
  await buildServer(mainJs);
  dir = mkdtempSync(join(tmpdir(), 'leadfit-startup-'));
  // Another user (the read-only test) must reach files in here.
  chmodSync(dir, 0o755);
}, 60_000);

afterAll(() => {
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const cleanEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  return env;
};

function cli(args: string[], env: Record<string, string>) {
  const res = spawnSync(process.execPath, [mainJs, ...args], { env: cleanEnv(env), encoding: 'utf8', timeout: 20_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

interface Served {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The port it listened on, when it did. */
  port: number | null;
  stop: () => Promise<void>;
}

/** Starts the server; resolves once it listens (still running) or has exited. */
function serveProcess(env: Record<string, string>, options: SpawnOptions = {}): Promise<Served> {
  return new Promise((resolveServed, reject) => {
    const child = spawn(process.execPath, [mainJs], { env: cleanEnv({ LEADFIT_PORT: '0', ...env }), stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    let done = false;
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const stop = async () => {
      child.kill('SIGTERM');
      await exited;
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server neither listened nor exited: ${stdout} ${stderr}`));
    }, 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /listening on http:\/\/[^ ]+:(\d+)/.exec(stdout)?.[1];
      if (port && !done) {
        done = true;
        clearTimeout(timer);
        // stderr (the warnings) is written before listening starts.
        setTimeout(() => resolveServed({ code: null, stdout, stderr, port: Number(port), stop }), 50);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then((code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolveServed({ code, stdout, stderr, port: null, stop: async () => undefined });
    });
  });
}

const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

describe('built server (server/dist/main.js)', () => {
  it('creates a team only with a named manager, in a private folder and file', () => {
    const data = join(dir, 'cli', 'data', 'leadfit.sqlite');
    const unnamed = cli(['team', 'create', 'acme'], { LEADFIT_DATA: data });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toMatch(/team create acme --manager "/);

    const created = cli(['team', 'create', 'acme', '--manager', 'Maria Lopez'], { LEADFIT_DATA: data });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/manager token: lfm_\S+ {3}\(Maria Lopez/);
    expect(created.stdout).toMatch(/reader token: {2}lfr_\S+/);
    expect(mode(join(dir, 'cli'))).toBe('700');
    expect(mode(join(dir, 'cli', 'data'))).toBe('700');
    expect(mode(data)).toBe('600');

    const added = cli(['token', 'add', 'acme', '--manager', 'Joe Bloggs'], { LEADFIT_DATA: data });
    expect(added.stdout).toMatch(/manager token \(Joe Bloggs\): lfm_/);
    const listed = cli(['token', 'list', 'acme'], { LEADFIT_DATA: data });
    expect(listed.stdout.trim().split('\n').map((line) => line.split('\t').slice(1, 3))).toEqual([
      ['manager', 'Maria Lopez'],
      ['manager', 'Joe Bloggs'],
      ['reader', 'reader'],
    ]);
    expect(listed.stdout).not.toMatch(/lf[mr]_/);
    const joeId = listed.stdout.split('\n')[1]?.split('\t')[0] ?? '';
    expect(cli(['token', 'revoke', 'acme', joeId], { LEADFIT_DATA: data }).stdout).toMatch(/revoked the manager token .*Joe Bloggs/);
    expect(cli(['team', 'rotate', 'acme', 'manager'], { LEADFIT_DATA: data }).stdout).toMatch(/manager token \(Maria Lopez\): lfm_/);
  });

  it('serves, warning that any extension may call it; a second server on the same port says the port is in use', async () => {
    const data = join(dir, 'serve', 'leadfit.sqlite');
    const first = await serveProcess({ LEADFIT_DATA: data });
    try {
      expect(first.port, first.stderr).not.toBeNull();
      expect(first.stderr).toMatch(/any browser extension may call this server/);
      expect(first.stderr).not.toMatch(/plain HTTP/);
      expect((await fetch(`http://127.0.0.1:${first.port}/health`)).status).toBe(200);

      const second = await serveProcess({ LEADFIT_DATA: data, LEADFIT_PORT: String(first.port) });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(new RegExp(`port ${first.port} on 127\\.0\\.0\\.1 is already in use.*LEADFIT_PORT`));
      expect(second.stderr).not.toMatch(/database/);
    } finally {
      await first.stop();
    }
  });

  it('warns when listening beyond loopback over plain HTTP, and not about extensions once one is pinned', async () => {
    const served = await serveProcess({ LEADFIT_DATA: join(dir, 'wide', 'leadfit.sqlite'), LEADFIT_HOST: '0.0.0.0', LEADFIT_EXTENSION_IDS: 'abcdefghijklmnopabcdefghijklmnop' });
    try {
      expect(served.port).not.toBeNull();
      expect(served.stderr).toMatch(/listening on 0\.0\.0\.0 over plain HTTP.*reverse proxy that terminates TLS/);
      expect(served.stderr).not.toMatch(/any browser extension/);
    } finally {
      await served.stop();
    }
  });

  it('refuses a prefix origin entry at startup, naming it', async () => {
    const served = await serveProcess({ LEADFIT_DATA: join(dir, 'origins', 'leadfit.sqlite'), LEADFIT_ALLOWED_ORIGINS: 'https://app.example.com*' });
    expect(served.code).toBe(2);
    expect(served.stderr).toMatch(/LEADFIT_ALLOWED_ORIGINS: "https:\/\/app\.example\.com\*" has a wildcard/);
  });

  it('says the database cannot be written, not "could not listen", when the file is read-only', async () => {
    const folder = join(dir, 'readonly');
    const data = join(folder, 'leadfit.sqlite');
    expect(cli(['team', 'create', 'acme', '--manager', 'Maria'], { LEADFIT_DATA: data }).code).toBe(0);
    // Root writes anything, so as root the server runs as `nobody`, who may read but not write.
    const asRoot = process.getuid?.() === 0;
    chmodSync(folder, asRoot ? 0o755 : 0o555);
    chmodSync(data, asRoot ? 0o644 : 0o444);
    try {
      const served = await serveProcess({ LEADFIT_DATA: data }, asRoot ? { uid: 65534, gid: 65534 } : {});
      if (served.port !== null) await served.stop();
      expect(served.code).toBe(1);
      expect(served.stderr).toMatch(/cannot use the database .*leadfit\.sqlite: attempt to write a readonly database/);
      expect(served.stderr).toMatch(/must be able to write the file and its folder/);
      expect(served.stderr).not.toMatch(/listen/);
    } finally {
      chmodSync(folder, 0o700);
      chmodSync(data, 0o600);
    }
  });

  it('names the problem when a file stands where the data folder should be', () => {
    const blocker = join(dir, 'blocker');
    mkdirSync(blocker, { recursive: true });
    spawnSync('sh', ['-c', `: > ${JSON.stringify(join(blocker, 'file'))}`]);
    const res = cli(['team', 'list'], { LEADFIT_DATA: join(blocker, 'file', 'leadfit.sqlite') });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/cannot use the database .*blocker\/file\/leadfit\.sqlite/);
    expect(res.stderr).toMatch(/a file is in the way of its folder .*blocker\/file\): set LEADFIT_DATA/);
  });
});
