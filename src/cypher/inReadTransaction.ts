/**
 * One explicit READ-mode transaction for `Query.cypher`, with the request's timeout and its own
 * short retry budget (a few hundred ms on transient errors — an analyst's query should fail fast,
 * not inherit the app's longer managed-transaction retries). It never commits: the work only
 * reads, and rolling back guarantees that nothing it might have done survives.
 *
 * It opens its own session on `db.driver` (instead of `db.read`) because the gate needs the
 * EXPLAIN summary and the runner must stop streaming after the row cap.
 */
import neo4j, { isRetryableError, type Transaction } from 'neo4j-driver';
import type { Database } from '../neo4j/Database.js';

export interface ReadTransactionOptions {
  timeoutMs: number;
  /** Records per batch from the server; the runner asks for just one more than its cap. */
  fetchSize?: number;
}

const MAX_ATTEMPTS = 3;
const RETRY_BUDGET_MS = 1_000;

export async function inReadTransaction<T>(
  db: Database,
  o: ReadTransactionOptions,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const session = db.driver.session({
      database: db.database,
      defaultAccessMode: neo4j.session.READ,
      ...(o.fetchSize ? { fetchSize: o.fetchSize } : {}),
    });
    try {
      const tx = await session.beginTransaction({
        timeout: o.timeoutMs,
        metadata: { app: 'newsgraph', tag: 'Query.cypher' },
      });
      try {
        return await work(tx);
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } catch (err) {
      const retry = attempt < MAX_ATTEMPTS && isRetryableError(err) && Date.now() - started < RETRY_BUDGET_MS;
      if (!retry) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    } finally {
      await session.close();
    }
  }
}
