/**
 * `npm run picture`: renders the seed graph with the project's own explorer page to
 * src/web/seed-graph.png, the picture in the README (and the curation workbench's, curate-workbench.png). It starts a throwaway Neo4j (Docker or the
 * local server, never the one NEO4J_URI names, so the picture shows the seed and nothing else),
 * loads seed/, serves the app on a free port, opens the page in Debian's headless Chromium,
 * clicks OpenAI's accusation of DeepSeek so the evidence panel shows, and saves a screenshot.
 * The layout is deterministic, so re-running it gives the same picture.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from '../config/env.js';
import { exitWith } from '../errors/exitWith.js';
import { loadPath } from '../ingest/loadPath.js';
import { applySchema } from '../neo4j/applySchema.js';
import { connect } from '../neo4j/connect.js';
import type { Database } from '../neo4j/Database.js';
import type { Neo4jTarget } from '../neo4j/Neo4jTarget.js';
import { resolveNeo4j } from '../neo4j/resolveNeo4j.js';
import { appSettings } from '../server/appSettings.js';
import { createApp } from '../server/createApp.js';
import { boundPort, listen } from '../server/listen.js';
import { Services } from '../server/Services.js';
import { ensureExplorerBuilt } from '../web/buildExplorer.js';
import { screenshotCurate } from '../web/screenshotCurate.js';
import { screenshotExplorer } from '../web/screenshotExplorer.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = process.argv[2] ?? path.join(ROOT, 'src/web/seed-graph.png');
const CURATE_OUTPUT = path.join(path.dirname(OUTPUT), 'curate-workbench.png');
const log = (msg: string) => process.stderr.write(msg + '\n');

async function main(): Promise<void> {
  const env = parseEnv({ ...process.env, NEO4J_URI: '' });
  const homeName = `picture-${process.pid}`;
  let target: Neo4jTarget | undefined;
  let db: Database | undefined;
  try {
    target = await resolveNeo4j(env, { homeName, log });
    db = await connect(target, env.NEWSGRAPH_NEO4J_WAIT * 1000, log);
    await applySchema(db);
    await loadPath(db, [path.join(ROOT, 'seed')]);
    await ensureExplorerBuilt();
    const server = await listen(createApp(new Services({ db }), appSettings(env)), 0, '127.0.0.1');
    try {
      await screenshotExplorer(`http://127.0.0.1:${boundPort(server)}`, OUTPUT);
      await screenshotCurate(`http://127.0.0.1:${boundPort(server)}`, CURATE_OUTPUT);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    log(`Wrote ${OUTPUT} and ${CURATE_OUTPUT}`);
  } finally {
    await db?.close();
    await target?.stop();
    if (target?.way === 'local')
      await rm(path.resolve(env.NEWSGRAPH_HOME, homeName), { recursive: true, force: true });
  }
}

main().catch(exitWith);
