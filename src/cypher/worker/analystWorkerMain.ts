/**
 * The body of the analysts' worker thread: its own driver (a small pool, one connection per
 * slot) runs runReadOnlyCypher for each `run` message, so the records — however large — are
 * decoded here, never on the service's event loop. Answers go back as they are (capped rows, plain JSON),
 * errors as plain data (workerMessages.ts), and `released` once Neo4j has let go of every session
 * of the run. A run that timed out and still holds its session past the deadline is terminated
 * (terminateLeftovers.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { logger } from '../../log/logger.js';
import { Database } from '../../neo4j/Database.js';
import { CypherTimeout } from '../cypherErrors.js';
import { runReadOnlyCypher } from '../runReadOnlyCypher.js';
import { terminateLeftovers } from './terminateLeftovers.js';
import { sendError, type FromWorker, type ToWorker, type WorkerSettings } from './workerMessages.js';

const port = parentPort;
if (!port) throw new Error('analystWorkerMain.ts runs as a worker thread (see AnalystWorker.ts)');
const settings = workerData as WorkerSettings;
logger.level = settings.logLevel;

const db = new Database(settings.target, {
  // One connection per slot (AnalystSlots): a query under way holds one session at a time.
  maxConnectionPoolSize: settings.poolSize,
  acquisitionTimeoutMs: 2_000,
  maxRetryTimeMs: 1_000,
  defaultTimeoutMs: settings.defaultTimeoutMs,
});
/** For SHOW and TERMINATE TRANSACTIONS: the analysts' own pool may be full of leftovers. */
const control = new Database(settings.target, { maxConnectionPoolSize: 1, defaultTimeoutMs: 5_000 });

const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if (m.type === 'run') run(m);
  else if (m.type === 'retarget') {
    db.retarget(m.target);
    control.retarget(m.target);
  } else if (m.type === 'close') void close();
});

function run(m: Extract<ToWorker, { type: 'run' }>): void {
  const sessions: Array<Promise<void>> = [];
  const answered = runReadOnlyCypher(db, m.query, m.params, m.limits, {
    ...(m.requestId ? { requestId: m.requestId } : {}),
    onSessionClosing: (closed) => sessions.push(closed),
  }).then(
    (result) => ({ type: 'result' as const, id: m.id, result }),
    (err: unknown) => {
      if (err instanceof CypherTimeout)
        terminateLeftovers(control, sessions, m.limits.timeoutMs, m.requestId).catch((e: unknown) =>
          logger.warn({ err: e }, 'Could not terminate an analyst query past its deadline'),
        );
      return { type: 'error' as const, id: m.id, error: sendError(err) };
    },
  );
  // Every session the run opened has been reported by the time it settles (Database.closingAfter).
  // Usually they are closed by then too: the answer then says so itself, so the client's next
  // query finds its slot free; a leftover's release follows on its own once Neo4j lets go.
  void answered.then(async (answer) => {
    const allClosed = Promise.allSettled(sessions).then(() => true);
    const closedNow = await Promise.race([
      allClosed,
      new Promise<false>((r) => setImmediate(() => r(false))),
    ]);
    post({ ...answer, released: closedNow });
    if (!closedNow) {
      await allClosed;
      post({ type: 'released', id: m.id });
    }
  });
}

async function close(): Promise<void> {
  await Promise.allSettled([db.close(), control.close()]);
  port?.close();
}
