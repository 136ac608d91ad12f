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
import { resolveNeo4j } from '../../src/neo4j/resolveNeo4j.js';

export interface BenchNeo4j {
  target: Neo4jTarget;
  db: Database;
  /** Where LOAD CSV reads file:/// URLs from, or null when the server is not ours. */
  importDir: string | null;
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
  const target = await resolveNeo4j(env, { homeName, log });
  // Generous query timeout: bulk statements (LOAD CSV, deletes) run for minutes at 1M facts.
  const db = await connect(target, 60_000, log, { defaultTimeoutMs: 30 * 60_000, maxRetryTimeMs: 0 });
  await applySchema(db);
  const [row] = await db.read(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  const home = path.resolve(env.NEWSGRAPH_HOME, homeName);
  const conf = target.way === 'local' ? await readFile(path.join(home, 'conf', 'neo4j.conf'), 'utf8') : '';
  const setting = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(conf)?.[1];
  return {
    target,
    db,
    importDir: target.way === 'local' ? path.join(home, 'import') : null,
    // What the running server was started with (a reused server keeps its own sizes).
    heap: setting('server.memory.heap.max_size') ?? env.NEWSGRAPH_NEO4J_HEAP,
    pageCache: setting('server.memory.pagecache.size') ?? env.NEWSGRAPH_NEO4J_PAGECACHE,
    version: `${String(row?.version)} ${String(row?.edition)}`,
  };
}

/** Empties the graph in batches (one huge DETACH DELETE would need the whole graph in heap). */
export async function clearGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS');
  } finally {
    await session.close();
  }
}
