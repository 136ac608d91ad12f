/**
 * `Query.cypher`'s own Database: the same Neo4j as the API's, but a driver with a small pool of
 * its own (NEWSGRAPH_CYPHER_CONCURRENCY connections), so analysts' queries — however slow or
 * however many — never take a connection the API's reads need.
 */
import type { Env } from '../config/env.js';
import { Database, type DatabaseTarget } from '../neo4j/Database.js';

export function openAnalystDatabase(
  target: DatabaseTarget,
  env: Pick<Env, 'NEWSGRAPH_CYPHER_CONCURRENCY' | 'NEWSGRAPH_CYPHER_TIMEOUT_MS'>,
): Database {
  return new Database(target, {
    // One connection per slot (AnalystSlots): a query under way holds one session at a time.
    maxConnectionPoolSize: env.NEWSGRAPH_CYPHER_CONCURRENCY,
    acquisitionTimeoutMs: 2_000,
    maxRetryTimeMs: 1_000,
    defaultTimeoutMs: env.NEWSGRAPH_CYPHER_TIMEOUT_MS,
  });
}
