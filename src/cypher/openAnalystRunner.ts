/**
 * `Query.cypher`'s own runner: the same Neo4j as the API's, but on a worker thread with a driver
 * and a small pool of its own (NEWSGRAPH_CYPHER_CONCURRENCY connections), so analysts' queries —
 * however slow, however many, however large their rows — never take a connection the API's
 * reads need, nor time on the event loop that answers them.
 */
import type { Env } from '../config/env.js';
import type { DatabaseTarget } from '../neo4j/Database.js';
import { logger } from '../log/logger.js';
import type { AnalystRunner } from './AnalystRunner.js';
import { AnalystWorker } from './worker/AnalystWorker.js';

export function openAnalystRunner(
  target: DatabaseTarget,
  env: Pick<Env, 'NEWSGRAPH_CYPHER_CONCURRENCY' | 'NEWSGRAPH_CYPHER_TIMEOUT_MS'>,
): AnalystRunner {
  return new AnalystWorker({
    target: {
      uri: target.uri,
      username: target.username,
      password: target.password,
      database: target.database,
    },
    poolSize: env.NEWSGRAPH_CYPHER_CONCURRENCY,
    defaultTimeoutMs: env.NEWSGRAPH_CYPHER_TIMEOUT_MS,
    logLevel: logger.level,
  });
}
