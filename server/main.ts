import type { ServerType } from '@hono/node-server';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp, listenApp } from './app';
import { readConfig, startupWarnings, type Config } from './config';
import { SqliteStore, type Role } from './storage';

/**
 * `npm run server` — the LeadFit team sync server, and its admin commands (USAGE below).
 * Production runs the built file (`npm run build:server` → server/dist/main.js); development
 * and the end-to-end tests may run this source through tsx.
 */

const USAGE = `usage:
  npm run server                                          start the sync server
  npm run server -- team create NAME --manager "Maria"    create a team: a manager token named Maria and a reader token
  npm run server -- team list                             list teams and their latest version
  npm run server -- team rotate NAME reader|manager       replace the team's reader (or only manager) token
  npm run server -- token add TEAM --manager "Joe"        another manager token; Joe's publishes are recorded as his
  npm run server -- token add TEAM --reader ["EMEA reps"] another reader token
  npm run server -- token list TEAM                       the team's tokens: id, role, name, created
  npm run server -- token revoke TEAM ID                  remove one token (ID from token list)
Tokens are printed once; the server keeps only their hashes.
environment: LEADFIT_HOST (127.0.0.1), LEADFIT_PORT (8787), LEADFIT_DATA (./data/leadfit.sqlite),
  LEADFIT_EXTENSION_IDS (extension ids allowed to call the API; default any extension, with a warning),
  LEADFIT_ALLOWED_ORIGINS (other exact browser origins, or a lone *), LEADFIT_AUTH_FAILURES_PER_MINUTE (10),
  LEADFIT_TRUST_PROXY (1: client address from X-Forwarded-For). See docs/sync.md.`;

/** The value of `--flag value` or `--flag=value`; `true` when the flag has no value; undefined when absent. */
function option(args: string[], flag: string): string | true | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === flag) {
      const next = args[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : true;
    }
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

function printToken(role: Role, name: string, token: string): void {
  console.log(`${role} token (${name}): ${token}`);
}

const SHOWN_ONCE = '\nTokens are shown only now (the server keeps only their hashes).';

/** Runs `team …` or `token …` against the data file; returns the exit code. */
function runAdminCommand(group: 'team' | 'token', args: string[], config: Config): number {
  const [command, name] = args;
  const store = openStore(config.dataPath);
  if (!store) return 1;
  try {
    if (group === 'team' && command === 'create' && name) {
      const manager = option(args, '--manager');
      if (typeof manager !== 'string') {
        console.error(`error: name the manager who will publish with this team's manager token: team create ${name} --manager "Maria Lopez"`);
        return 2;
      }
      const created = store.createTeam(name, manager);
      console.log(`team:          ${created.name}`);
      console.log(`manager token: ${created.managerToken}   (${created.managerName}: versions published with it are recorded as theirs)`);
      console.log(`reader token:  ${created.readerToken}`);
      console.log(SHOWN_ONCE);
      console.log('Give the reader token to reps and the manager token to its holder only. More managers: token add.');
      return 0;
    }
    if (group === 'team' && command === 'list') {
      const teams = store.listTeams();
      if (teams.length === 0) console.log(`no teams yet in ${config.dataPath}`);
      for (const team of teams) {
        const latest = store.latest(team.name);
        const book = store.latestBook(team.name);
        const bookText = book ? `account book version ${book.version} (${book.accounts} accounts, ${book.publishedAt}, ${book.publishedBy})` : 'no account book yet';
        console.log(`${team.name}\tcreated ${team.createdAt}\t${latest ? `version ${latest.version} (${latest.publishedAt}, ${latest.publishedBy})` : 'no pack yet'}\t${bookText}`);
      }
      return 0;
    }
    if (group === 'team' && command === 'rotate' && name && (args[2] === 'reader' || args[2] === 'manager')) {
      const created = store.rotateToken(name, args[2]);
      printToken(created.role, created.name, created.token);
      console.log(`The old ${created.role} token no longer works.${SHOWN_ONCE}`);
      return 0;
    }
    if (group === 'token' && command === 'add' && name) {
      const manager = option(args, '--manager');
      const reader = option(args, '--reader');
      if ((manager === undefined) === (reader === undefined) || manager === true) {
        console.error(`error: say whose token it is: token add ${name} --manager "Joe Bloggs", or token add ${name} --reader ["a label"]`);
        return 2;
      }
      const created = typeof manager === 'string' ? store.addToken(name, 'manager', manager) : store.addToken(name, 'reader', typeof reader === 'string' ? reader : 'reader');
      printToken(created.role, created.name, created.token);
      console.log(SHOWN_ONCE);
      return 0;
    }
    if (group === 'token' && command === 'list' && name) {
      if (!store.getTeam(name)) throw new Error(`no team "${name}"`);
      for (const t of store.listTokens(name)) console.log(`${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}`);
      return 0;
    }
    if (group === 'token' && command === 'revoke' && name && args[2]) {
      const removed = store.revokeToken(name, args[2]);
      console.log(`revoked the ${removed.role} token ${removed.id} (${removed.name}); it no longer works`);
      return 0;
    }
    console.error(USAGE);
    return 2;
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 1;
  } finally {
    store.close();
  }
}

/** Opens the database, or prints why it cannot be used and returns null. */
function openStore(path: string): SqliteStore | null {
  try {
    return new SqliteStore(path);
  } catch (err) {
    const e = err as Error & { code?: string };
    const code = e.code ?? '';
    const hint =
      code === 'SQLITE_NOTADB'
        ? 'it is not a LeadFit (SQLite) database: point LEADFIT_DATA at another file'
        : code === 'EEXIST' || code === 'ENOTDIR'
          ? `a file is in the way of its folder (${dirname(path)}): set LEADFIT_DATA to a path in a folder`
          : /READONLY|CANTOPEN|PERM|EACCES|EROFS|EPERM|AUTH/.test(code) || /readonly|read-only|permission/i.test(e.message)
            ? `the server must be able to write the file and its folder (${dirname(path)}): check their owner and permissions (ls -l), free space and mount options, or set LEADFIT_DATA to a writable path`
            : 'set LEADFIT_DATA to another path, or restore the file from a backup';
    console.error(`error: cannot use the database ${path}: ${e.message}${code ? ` [${code}]` : ''}.\n  ${hint}.`);
    return null;
  }
}

/** A sentence for an error from listen(). */
function listenError(err: Error & { code?: string }, host: string, port: number): string {
  switch (err.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (another LeadFit server, or another program): stop it, or set LEADFIT_PORT to a free port`;
    case 'EACCES':
      return `not allowed to listen on ${host}:${port}${port < 1024 ? ' (ports below 1024 need extra privileges: use a higher LEADFIT_PORT behind your reverse proxy)' : ''}`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `LEADFIT_HOST=${host} is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own addresses`;
    default:
      return `could not listen on ${host}:${port}: ${err.message}`;
  }
}

/** Starts serving; resolves with the server once it listens. */
function startServer(config: Config, store: SqliteStore): Promise<ServerType> {
  const app = createApp({
    store,
    originPolicy: config.originPolicy,
    authFailuresPerMinute: config.authFailuresPerMinute,
    trustProxy: config.trustProxy,
  });
  return new Promise((resolveStarted, reject) => {
    // listenApp: GET pack and book polls take the Node fast path (#17); everything else goes through Hono.
    const server = listenApp(app, { hostname: config.host, port: config.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      console.log(`LeadFit sync server listening on http://${host}:${info.port} (data: ${config.dataPath})`);
      resolveStarted(server);
    });
    server.once('error', reject);
  });
}

/** Stops accepting connections, lets requests in flight finish, then closes the database. */
function shutdownOn(server: ServerType, store: SqliteStore): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    server.close(() => {
      store.close();
      process.exit(0);
    });
    // Keep-alive connections would hold close() open; idle ones can go now.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      store.close();
      process.exit(0);
    }, 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Warns when an existing data file is readable by other users (files this server creates are 0600). */
function fileModeWarning(path: string): string | null {
  try {
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077) return `warning: ${path} is readable by other users (mode ${mode.toString(8)}): chmod 600 it (and its -wal and -shm files)`;
  } catch {
    // No file yet: it will be created 0600.
  }
  return null;
}

async function main(argv: string[]): Promise<number | null> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 2;
  }
  if (argv[0] === 'team' || argv[0] === 'token') return runAdminCommand(argv[0], argv.slice(1), config);
  if (argv.length > 0) {
    const help = argv[0] === '--help' || argv[0] === '-h';
    (help ? console.log : console.error)(USAGE);
    return help ? 0 : 2;
  }
  const modeWarning = fileModeWarning(config.dataPath);
  const store = openStore(config.dataPath);
  if (!store) return 1;
  for (const line of [...startupWarnings(config), ...(modeWarning ? [modeWarning] : [])]) console.warn(line);
  try {
    const server = await startServer(config, store);
    shutdownOn(server, store);
    return null;
  } catch (err) {
    store.close();
    console.error(`error: ${listenError(err as Error & { code?: string }, config.host, config.port)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== null) process.exit(code);
