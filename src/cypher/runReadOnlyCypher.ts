/**
 * Read-only Cypher for analysts through the API: plan the statement with EXPLAIN (same
 * parameters), let the gate judge the plan, then run it in a READ transaction with a timeout and
 * caps on rows and bytes. Nothing of a refused statement runs; EXPLAIN itself never executes anything.
 */
import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../neo4j/Database.js';
import { isSyntaxError, isTimeout } from '../neo4j/errors.js';
import { NoAnswerInTime } from '../neo4j/withDeadline.js';
import { CypherInputError, CypherRefused, CypherTimeout, CypherTooMuchMemory } from './cypherErrors.js';
import { EXPLAIN_PREFIX, analystPositions } from './explainPrefix.js';
import { fetchCapped, type CappedResult } from './fetchCapped.js';
import { inReadTransaction } from './inReadTransaction.js';
import { checkReadOnlyPlan } from './planGate.js';
import { isOutOfMemory } from './isOutOfMemory.js';
import { toCypherParams } from './toCypherParams.js';

/** Longer statements are not analyst queries; refusing them keeps the planner's work bounded. */
export const MAX_QUERY_LENGTH = 20_000;

export interface RunLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export interface RunOptions {
  /** The HTTP request's id, in the transactions' metadata. */
  requestId?: string;
  /** Hears of every session opened (see AnalystSlots: a slot is held until they all closed). */
  onSessionClosing?: (closed: Promise<void>) => void;
}

/**
 * Records per batch: one more than the row cap, but not more than this — a batch arrives whole,
 * so a smaller one lets the byte cap stop the stream sooner when rows are large.
 */
const MAX_FETCH_SIZE = 100;

export async function runReadOnlyCypher(
  db: Database,
  query: string,
  rawParams: unknown,
  limits: RunLimits,
  o: RunOptions = {},
): Promise<CappedResult> {
  if (!query.trim()) throw new CypherInputError('query is empty: send one Cypher statement.');
  if (query.length > MAX_QUERY_LENGTH)
    throw new CypherInputError(`query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`);
  const params = toCypherParams(rawParams);

  const tx = { timeoutMs: limits.timeoutMs, ...o };
  const summary = await inReadTransaction(db, tx, async (tx) => {
    return (await tx.run(EXPLAIN_PREFIX + query, params)).summary;
  }).catch((err: unknown) => {
    throw classify(err, limits.timeoutMs, 'plan');
  });
  checkReadOnlyPlan(summary.queryType, summary.plan);

  const fetchSize = Math.min(limits.maxRows + 1, MAX_FETCH_SIZE);
  return inReadTransaction(db, { ...tx, fetchSize }, (tx) => fetchCapped(tx, query, params, limits)).catch(
    (err: unknown) => {
      throw classify(err, limits.timeoutMs, 'run');
    },
  );
}

/** Driver errors → the gate's errors; unknown ones are returned as they are (and get masked). */
function classify(err: unknown, timeoutMs: number, stage: 'plan' | 'run'): unknown {
  if (isTimeout(err) || err instanceof NoAnswerInTime) return new CypherTimeout(timeoutMs);
  if (isOutOfMemory(err)) return new CypherTooMuchMemory((err as Neo4jError).message.trim());
  if (isSyntaxError(err)) {
    const message = (err as Neo4jError).message;
    return new CypherInputError(stage === 'plan' ? analystPositions(message) : message);
  }
  // Neo4j could not plan it as a query at all (unsupported administration command, unknown
  // procedure, …): refused, naming Neo4j's code but not echoing server internals.
  if (
    stage === 'plan' &&
    err instanceof Neo4jError &&
    /^Neo\.ClientError\.(Statement|Procedure)\./.test(err.code)
  )
    return new CypherRefused(
      'NOT_PLANNABLE',
      `Refused: Neo4j cannot plan this statement as a read query (${err.code}). Query.cypher runs read-only queries only.`,
    );
  // Only allow-listed procedures pass the gate, so one that fails while running failed on the
  // analyst's arguments (e.g. a full-text index that does not exist): their mistake, in Neo4j's
  // words without the Java exception's class name.
  if (
    stage === 'run' &&
    err instanceof Neo4jError &&
    err.code === 'Neo.ClientError.Procedure.ProcedureCallFailed'
  )
    return new CypherInputError(err.message.replace(/Caused by: (?:[\w$]+\.)+[\w$]+: /g, ''));
  return err;
}
