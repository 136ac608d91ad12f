/**
 * newsgraph's own server for the benchmark, built exactly as `npm start` builds it (createApp +
 * listen, production defaults) but without starting Neo4j or loading the seed: the harness has
 * already loaded the corpus. Runs as its own process so its RSS is its own.
 */
import { Database } from '../../src/neo4j/Database.js';
import { parseEnv } from '../../src/config/env.js';
import { appSettings } from '../../src/server/appSettings.js';
import { createApp } from '../../src/server/createApp.js';
import { boundPort, listen } from '../../src/server/listen.js';
import { Services } from '../../src/server/Services.js';
import { announceReady, closeOnSignal, coordinatesFromEnv } from './childReady.js';

const db = new Database(coordinatesFromEnv());
await db.ping();
const server = await listen(createApp(new Services({ db }), appSettings(parseEnv())), 0, '127.0.0.1');
closeOnSignal(async () => {
  server.close();
  await db.close();
});
announceReady(boundPort(server));
