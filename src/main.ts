/**
 * `npm start`: open the port, find or start Neo4j, apply the schema, load the seed, serve.
 * /health answers from the first moment; /ready and GraphQL once the graph is in place.
 * SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the driver, stop a Neo4j we started.
 */
import type { Server } from 'node:http';
import { parseEnv } from './config/env.js';
import { exitWith } from './fatal.js';
import { logger } from './log/logger.js';
import { applySchema } from './neo4j/applySchema.js';
import { connect } from './neo4j/connect.js';
import type { Neo4jTarget } from './neo4j/Neo4jTarget.js';
import { resolveNeo4j } from './neo4j/resolveNeo4j.js';
import { stopStartingServers } from './neo4j/local/LocalServer.js';
import { createApp } from './server/createApp.js';
import { boundPort, listen } from './server/listen.js';
import { Services } from './server/Services.js';
import { loadSeed } from './ingest/loadSeed.js';

const SHUTDOWN_DEADLINE_MS = 10_000;
const log = (msg: string) => logger.info(msg);

let server: Server | undefined;
let target: Neo4jTarget | undefined;
const services = new Services();
let shuttingDown = false;

async function start(): Promise<void> {
  const started = Date.now();
  const env = parseEnv();
  server = await listen(createApp(services), env.PORT, env.HOST);
  const base = `http://${env.HOST}:${boundPort(server)}`;
  log(`Listening on ${base} (/health now; /ready and /graphql once Neo4j is ready)`);

  target = await resolveNeo4j(env, { log, wellKnownPorts: true });
  if (shuttingDown) return;
  const db = await connect(target, env.NEWSGRAPH_NEO4J_WAIT * 1000, log);
  services.db = db;
  const statements = await applySchema(db);
  services.schemaApplied = true;
  log(`Schema applied (${statements} constraints and indexes from cypher/schema.cypher)`);
  if (env.NEWSGRAPH_SEED) await loadSeed(db, env.NEWSGRAPH_SEED, log);
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL ${base}/graphql · explorer ${base}/`,
  );
  if (target.way === 'local')
    log(`Neo4j Browser: ${target.browserUrl} (user neo4j, password in .neo4j/server/password)`);
}

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  services.draining = true;
  log(`${signal}: shutting down`);
  const force = setTimeout(() => {
    logger.error('Shutdown deadline passed; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS + 60_000);
  force.unref();
  if (server) {
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => server!.closeAllConnections(), SHUTDOWN_DEADLINE_MS);
    await closed;
    clearTimeout(deadline);
  }
  await services.db?.close();
  await stopStartingServers();
  await target?.stop();
  log('Stopped');
  process.exit(0);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

start().catch(async (err) => {
  await services.db?.close().catch(() => {});
  await stopStartingServers();
  await target?.stop().catch(() => {});
  exitWith(err);
});
