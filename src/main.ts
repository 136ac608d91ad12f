/**
 * `npm start`: open the port, find or start Neo4j, apply the schema, load the seed, serve.
 * /health answers from the first moment; /ready and GraphQL once the graph is in place.
 * SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the driver, stop a Neo4j we started.
 */
import { migrateToClaims } from './ingest/migrateToClaims.js';
import type { Server } from 'node:http';
import path from 'node:path';
import { parseEnv, type Env } from './config/env.js';
import { exitWith } from './errors/exitWith.js';
import { logger } from './log/logger.js';
import { applySchema } from './neo4j/applySchema.js';
import { connect } from './neo4j/connect.js';
import type { Neo4jTarget } from './neo4j/Neo4jTarget.js';
import { localServerOptions, resolveNeo4j } from './neo4j/resolveNeo4j.js';
import { runningLocalServer, stopStartingServers } from './neo4j/local/LocalServer.js';
import { appSettings } from './server/appSettings.js';
import { createApp } from './server/createApp.js';
import { boundPort, listen } from './server/listen.js';
import { Services } from './server/Services.js';
import { loadSeed } from './ingest/loadSeed.js';
import { openAnalystRunner } from './cypher/openAnalystRunner.js';
import { describePlugins, serverPlugins } from './neo4j/serverPlugins.js';

const log = (msg: string) => logger.info(msg);

// The settings, parsed once here and passed down; a bad value ends the process before anything starts.
let env: Env;
try {
  env = parseEnv();
  logger.level = env.LOG_LEVEL;
} catch (err) {
  exitWith(err);
}

let server: Server | undefined;
let target: Neo4jTarget | undefined;
const services = new Services();
let shuttingDown = false;

async function start(): Promise<void> {
  const started = Date.now();
  server = await listen(createApp(services, appSettings(env)), env.PORT, env.HOST);
  const base = `http://${env.HOST}:${boundPort(server)}`;
  log(`Listening on ${base} (/health now; /ready and /graphql once Neo4j is ready)`);

  target = await resolveNeo4j(env, { log, wellKnownPorts: true });
  if (shuttingDown) return;
  const db = await connect(target, env.NEWSGRAPH_NEO4J_WAIT * 1000, log);
  services.db = db;
  log(describePlugins(await serverPlugins(db)));
  services.useAnalyst(openAnalystRunner(target, env));
  if (target.way === 'local') {
    // Killed and started again (`newsgraph neo4j start`, another npm start), the local server
    // may come back on another port: while Neo4j is unreachable, look where its state file says.
    const home = localServerOptions(env, { log }).home;
    services.followNeo4jWith(() => runningLocalServer(home));
  }
  const statements = await applySchema(db);
  log(`Schema applied (${statements} constraints and indexes from cypher/schema.cypher)`);
  await migrateToClaims(db, log);
  if (env.NEWSGRAPH_SEED) await loadSeed(db, env.NEWSGRAPH_SEED, log);
  // Ready only once the seed is in: a load balancer must not send queries to an empty graph.
  services.schemaApplied = true;
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL ${base}/graphql · explorer ${base}/`,
  );
  if (target.way === 'local')
    log(
      `Neo4j Browser: ${target.browserUrl} (user neo4j, password in ${path.join(env.NEWSGRAPH_HOME, 'server', 'password')})`,
    );
}

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  services.draining = true;
  const deadlineMs = env.NEWSGRAPH_SHUTDOWN_TIMEOUT_MS;
  log(`${signal}: shutting down (in-flight requests get up to ${deadlineMs / 1000} s)`);
  // A last resort should a step below hang (a driver that never closes): exit non-zero.
  const force = setTimeout(() => {
    logger.error('Shutdown did not finish in time; exiting');
    process.exit(1);
  }, deadlineMs + 30_000);
  force.unref();
  if (server) await closeServer(server, deadlineMs);
  services.circuit.dispose();
  await services.closeAnalystDatabase();
  await services.db?.close();
  await stopStartingServers();
  await target?.stop();
  log('Stopped');
  process.exit(0);
}

/**
 * Stops accepting connections at once, lets in-flight requests finish, and closes keep-alive
 * connections as soon as they fall idle; whatever still runs after `deadlineMs` is cut off.
 */
async function closeServer(s: Server, deadlineMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => s.close(() => resolve()));
  s.closeIdleConnections();
  const sweep = setInterval(() => s.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    logger.warn('Shutdown deadline passed: closing the connections of unfinished requests');
    s.closeAllConnections();
  }, deadlineMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

start().catch(async (err) => {
  if (shuttingDown) return; // start-up broken off by the signal: shutdown() ends the process
  await services.closeAnalystDatabase().catch(() => {});
  await services.db?.close().catch(() => {});
  await stopStartingServers();
  await target?.stop().catch(() => {});
  exitWith(err);
});
