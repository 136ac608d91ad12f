/**
 * The benchmark's Neo4j, found by the project's own resolution (src/neo4j/resolveNeo4j.ts) under
 * its own home (`<NEWSGRAPH_HOME>/bench`), so it never touches the dev server's data. Without
 * NEO4J_URI the bench prefers the local server (NEWSGRAPH_NEO4J=local): LOAD CSV needs an import
 * folder this process can write to. Heap and page cache come from NEWSGRAPH_NEO4J_HEAP/_PAGECACHE.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEnv } from '../../src/config/env.js';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { connect } from '../../src/neo4j/connect.js';
import type { Database } from '../../src/neo4j/Database.js';
import type { Neo4jTarget } from '../../src/neo4j/Neo4jTarget.js';
import { removeDatabaseFiles } from '../../src/neo4j/local/importDatabase.js';
import type { LocalServerOptions } from '../../src/neo4j/local/LocalServer.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { liveState } from '../../src/neo4j/local/serverState.js';
import { localServerOptions, resolveNeo4j } from '../../src/neo4j/resolveNeo4j.js';

/** The local server's process id now (the initial import restarts it), or null when not local. */
export async function benchNeo4jPid(neo: BenchNeo4j): Promise<number | null> {
  return neo.home ? ((await liveState(neo.home))?.pid ?? null) : null;
}

/** Above this, emptying the graph by deleting is slower than dropping and recreating the database. */
const LARGE_GRAPH_FACTS = 200_000;

export interface BenchNeo4j {
  target: Neo4jTarget;
  db: Database;
  /** The local server's home (its state file names its process), or null when not local. */
  home: string | null;
  /** Where LOAD CSV reads file:/// URLs from, or null when the server is not ours. */
  importDir: string | null;
  /** How to start the local server again (the initial import stops it), or null when not local. */
  server: LocalServerOptions | null;
  heap: string;
  pageCache: string;
  version: string;
}

/**
 * `memory` sizes a server this run starts (heap, page cache) unless NEWSGRAPH_NEO4J_HEAP/_PAGECACHE
 * say otherwise; a bench server already running keeps the sizes it was started with.
 */
export async function startBenchNeo4j(
  log: (m: string) => void,
  memory: { heap: string; pageCache: string },
): Promise<BenchNeo4j> {
  const env = parseEnv({
    NEWSGRAPH_NEO4J: 'local',
    NEWSGRAPH_NEO4J_HEAP: memory.heap,
    NEWSGRAPH_NEO4J_PAGECACHE: memory.pageCache,
    ...process.env,
  });
  const homeName = 'bench';
  const home = path.resolve(env.NEWSGRAPH_HOME, homeName);
  // Generous query timeout: bulk statements (LOAD CSV, deletes) run for minutes at 1M facts.
  const open = async () => {
    const t = await resolveNeo4j(env, { homeName, log });
    return {
      target: t,
      db: await connect(t, 60_000, log, { defaultTimeoutMs: 30 * 60_000, maxRetryTimeMs: 0 }),
    };
  };
  let { target, db } = await open();
  // The graph of an earlier full run (a million facts) takes minutes to delete with Cypher; a
  // server this run started drops its database's files instead and starts again, empty.
  const [size] = await db.read(query('ingestGraphShape'));
  if (target.way === 'local' && target.owned && Number(size?.facts) > LARGE_GRAPH_FACTS) {
    log(
      `emptying the bench graph left by an earlier run (${String(size?.facts)} facts) by removing its files`,
    );
    await db.close();
    await target.stop();
    await removeDatabaseFiles(home, 'neo4j');
    ({ target, db } = await open());
  }
  await applySchema(db);
  const [row] = await db.read(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  const conf = target.way === 'local' ? await readFile(path.join(home, 'conf', 'neo4j.conf'), 'utf8') : '';
  const setting = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(conf)?.[1];
  const heap = setting('server.memory.heap.max_size') ?? env.NEWSGRAPH_NEO4J_HEAP;
  const pageCache = setting('server.memory.pagecache.size') ?? env.NEWSGRAPH_NEO4J_PAGECACHE;
  return {
    target,
    db,
    home: target.way === 'local' ? home : null,
    importDir: target.way === 'local' ? path.join(home, 'import') : null,
    server:
      target.way === 'local' ? { ...localServerOptions(env, { homeName, log }), heap, pageCache } : null,
    // What the running server was started with (a reused server keeps its own sizes).
    heap,
    pageCache,
    version: `${String(row?.version)} ${String(row?.edition)}`,
  };
}

/**
 * Empties the graph in batches (one huge DETACH DELETE would need the whole graph in heap). A
 * deletion holds the deleted values in the transaction (the full-text indexes remove them at
 * commit): 50,000 facts with their quotes, or claims with theirs, went past the server's
 * per-transaction memory limit at 1M.
 */
export async function clearGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
