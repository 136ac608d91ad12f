/**
 * Ends an analyst query that timed out but still holds its session: Neo4j checks a
 * transaction's timeout between rows, so a query that produces rows is normally gone by the
 * time its client hears QUERY_TIMEOUT; if it is not, a little later, it is terminated
 * explicitly — found by its transaction metadata (tag and request id) and only once it has
 * run past its own timeout, so nobody's query within its time is touched. A statement busy
 * inside one expression ignores termination as it ignores its timeout (SECURITY.md); its slot
 * stays taken until Neo4j lets go of it.
 */
import type { Database } from '../../neo4j/Database.js';
import { logger } from '../../log/logger.js';

/** How long a timed-out query's session may take to close on its own. */
const GRACE_MS = 1_000;

export async function terminateLeftovers(
  control: Database,
  sessions: ReadonlyArray<Promise<void>>,
  timeoutMs: number,
  requestId: string | undefined,
): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), GRACE_MS)));
  const closed = Promise.allSettled(sessions).then(() => 'closed' as const);
  const first = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (first === 'closed') return 0;
  const rows = await control.read(
    'SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime ' +
      "WHERE metaData.tag = 'Query.cypher' AND coalesce(metaData.requestId, '') = $requestId " +
      'AND elapsedTime.milliseconds >= $timeoutMs RETURN collect(transactionId) AS ids',
    { requestId: requestId ?? '', timeoutMs },
  );
  const ids = (rows[0]?.ids ?? []) as string[];
  if (ids.length === 0) return 0;
  await control.read('TERMINATE TRANSACTIONS $ids', { ids });
  logger.info({ ids, requestId }, 'Terminated analyst queries still running past their timeout');
  return ids.length;
}
