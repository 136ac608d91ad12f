/**
 * What `Query.cypher` runs its statements on. The service uses a worker thread
 * (worker/AnalystWorker.ts), so the analysts' driver decodes rows of megabytes off the event loop
 * that answers /health and the API; `inProcessRunner` runs them on a Database in this thread
 * (contexts built without a worker: benchmarks' own servers, tests of the resolver).
 */
import type { Database, DatabaseTarget } from '../neo4j/Database.js';
import type { CappedResult } from './fetchCapped.js';
import { runReadOnlyCypher, type RunLimits, type RunOptions } from './runReadOnlyCypher.js';

export interface AnalystRunner {
  /** runReadOnlyCypher's contract: the capped answer, or one of cypherErrors.ts's errors. */
  run(query: string, params: unknown, limits: RunLimits, o?: RunOptions): Promise<CappedResult>;
  /** Follows Neo4j to another address (Database.retarget); false when it is already there. */
  retarget(to: DatabaseTarget): boolean;
  close(): Promise<void>;
}

/** Runs on `db` in this thread; closing it closes `db`. */
export function inProcessRunner(db: Database): AnalystRunner {
  return {
    run: (query, params, limits, o) => runReadOnlyCypher(db, query, params, limits, o),
    retarget: (to) => db.retarget(to),
    close: () => db.close(),
  };
}
