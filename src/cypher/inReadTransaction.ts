/**
 * One explicit READ-mode transaction for `Query.cypher` (Database.rolledBackRead: never commits,
 * so nothing the work might have done survives), with the request's timeout and its own short
 * retry budget — a few hundred ms on transient errors: an analyst's query should fail fast, not
 * inherit the app's longer managed-transaction retries.
 */
import { isRetryableError } from 'neo4j-driver';
import type { Database, StreamingTx } from '../neo4j/Database.js';
import { isOutOfMemory } from './isOutOfMemory.js';

export interface ReadTransactionOptions {
  timeoutMs: number;
  /** Records per batch from the server; the runner asks for just one more than its cap. */
  fetchSize?: number;
  /** The HTTP request's id, in the transaction's metadata (SHOW TRANSACTIONS shows it). */
  requestId?: string;
  /** Hears of every session opened, as a promise that settles once Neo4j has let go of it. */
  onSessionClosing?: (closed: Promise<void>) => void;
}

const MAX_ATTEMPTS = 3;
const RETRY_BUDGET_MS = 1_000;

export async function inReadTransaction<T>(
  db: Database,
  o: ReadTransactionOptions,
  work: (tx: StreamingTx) => Promise<T>,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.rolledBackRead({ ...o, tag: 'Query.cypher' }, work);
    } catch (err) {
      // Out of memory is transient for the driver, but the same statement needs the same memory again.
      const retry =
        attempt < MAX_ATTEMPTS &&
        isRetryableError(err) &&
        !isOutOfMemory(err) &&
        Date.now() - started < RETRY_BUDGET_MS;
      if (!retry) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
