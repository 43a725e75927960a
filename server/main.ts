import { serve, type ServerType } from '@hono/node-server';
import { resolve } from 'node:path';
import { createApp, parseAllowedOrigins } from './app';
import { SqliteStore, type Role } from './storage';

/**
 * `npm run server` — the LeadFit team sync server, and its admin commands:
 *   npm run server                                  serve (LEADFIT_HOST, LEADFIT_PORT, LEADFIT_DATA)
 *   npm run server -- team create NAME              create a team; prints its tokens once
 *   npm run server -- team list                     list teams and their latest version
 *   npm run server -- team rotate NAME reader|manager   replace a token; prints the new one once
 */

interface Config {
  host: string;
  port: number;
  dataPath: string;
  allowedOrigins: string[];
}

function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.LEADFIT_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`LEADFIT_PORT must be a port number, not "${env.LEADFIT_PORT}"`);
  return {
    host: env.LEADFIT_HOST || '127.0.0.1',
    port,
    dataPath: resolve(env.LEADFIT_DATA || './data/leadfit.sqlite'),
    allowedOrigins: parseAllowedOrigins(env.LEADFIT_ALLOWED_ORIGINS),
  };
}

const USAGE = `usage:
  npm run server                                      start the sync server
  npm run server -- team create NAME                  create a team (prints its tokens once)
  npm run server -- team list                         list teams
  npm run server -- team rotate NAME reader|manager   replace a token (prints the new one once)
environment: LEADFIT_HOST (127.0.0.1), LEADFIT_PORT (8787), LEADFIT_DATA (./data/leadfit.sqlite),
             LEADFIT_ALLOWED_ORIGINS (extension origins allowed by CORS; default any extension)`;

/** Runs an admin command against the data file; returns the exit code. */
function runTeamCommand(args: string[], config: Config): number {
  const [command, name, role] = args;
  const store = new SqliteStore(config.dataPath);
  try {
    if (command === 'create' && name) {
      const created = store.createTeam(name);
      console.log(`team:          ${created.name}`);
      console.log(`manager token: ${created.managerToken}`);
      console.log(`reader token:  ${created.readerToken}`);
      console.log('\nThese tokens are shown only now (the server keeps only their hashes).');
      console.log('Give the reader token to reps and keep the manager token for whoever publishes.');
      return 0;
    }
    if (command === 'list') {
      const teams = store.listTeams();
      if (teams.length === 0) console.log(`no teams yet in ${config.dataPath}`);
      for (const team of teams) {
        const latest = store.latest(team.name);
        console.log(`${team.name}\tcreated ${team.createdAt}\t${latest ? `version ${latest.version} (${latest.publishedAt}, ${latest.publishedBy})` : 'no pack yet'}`);
      }
      return 0;
    }
    if (command === 'rotate' && name && (role === 'reader' || role === 'manager')) {
      const token = store.rotateToken(name, role as Role);
      console.log(`new ${role} token for ${name}: ${token}`);
      console.log(`The old ${role} token no longer works; this one is shown only now.`);
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

/** Starts serving; resolves with the server once it listens. */
function startServer(config: Config): Promise<{ server: ServerType; store: SqliteStore }> {
  const store = new SqliteStore(config.dataPath);
  const app = createApp({ store, allowedOrigins: config.allowedOrigins });
  return new Promise((resolveStarted, reject) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      console.log(`LeadFit sync server listening on http://${host}:${info.port} (data: ${config.dataPath})`);
      resolveStarted({ server, store });
    });
    server.once('error', (err) => {
      store.close();
      reject(err);
    });
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

async function main(argv: string[]): Promise<number | null> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 2;
  }
  if (argv[0] === 'team') return runTeamCommand(argv.slice(1), config);
  if (argv.length > 0) {
    console.error(USAGE);
    return argv[0] === '--help' || argv[0] === '-h' ? 0 : 2;
  }
  try {
    const { server, store } = await startServer(config);
    shutdownOn(server, store);
    return null;
  } catch (err) {
    console.error(`error: could not listen on ${config.host}:${config.port}: ${(err as Error).message}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== null) process.exit(code);
