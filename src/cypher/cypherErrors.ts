/**
 * The ways `Query.cypher` turns a statement down, as plain errors; the resolver maps them to
 * GraphQL codes (FORBIDDEN, BAD_USER_INPUT, QUERY_TIMEOUT, RESULT_TOO_LARGE, QUERY_TOO_MUCH_MEMORY,
 * RATE_LIMITED).
 * Anything else is the server's fault and gets masked.
 */

/** Why the gate refused a statement (sent to the client as `extensions.reason`). */
export type RefusalReason =
  | 'WRITE'
  | 'LOAD_CSV'
  | 'PROCEDURE_NOT_ALLOWED'
  | 'FUNCTION_NOT_ALLOWED'
  | 'PROJECTION_NOT_DROPPED'
  | 'ADMIN_COMMAND'
  | 'NOT_READ_ONLY'
  | 'NOT_PLANNABLE';

/** The statement is not a read-only query; nothing of it ran. */
export class CypherRefused extends Error {
  override name = 'CypherRefused';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/** The analyst's mistake: Neo4j's own message (positions relative to their text), or ours. */
export class CypherInputError extends Error {
  override name = 'CypherInputError';
  constructor(
    message: string,
    /** The GraphQL argument at fault. */
    readonly argument: 'query' | 'params' = 'query',
  ) {
    super(message);
  }
}

/** The query ran past its transaction timeout and was cut off by the server. */
export class CypherTimeout extends Error {
  override name = 'CypherTimeout';
  constructor(readonly timeoutMs: number) {
    super(
      `The query ran longer than ${timeoutMs} ms and was stopped. ` +
        'Narrow it (anchor on an entity id, bound path lengths, add LIMIT) and try again.',
    );
  }
}

/** The first row alone is larger than the answer may be (NEWSGRAPH_CYPHER_MAX_BYTES). */
export class CypherResultTooLarge extends Error {
  override name = 'CypherResultTooLarge';
  constructor(readonly maxBytes: number) {
    super(
      `The first row alone is larger than answers may be: ${maxBytes} bytes as JSON ` +
        '(NEWSGRAPH_CYPHER_MAX_BYTES). Return less per row: slice long lists (list[0..100]), ' +
        'count them (size(list)) or return properties instead of whole nodes.',
    );
  }
}

/**
 * Neo4j refused the query more memory: past the most one transaction may use
 * (db.memory.transaction.max, NEWSGRAPH_NEO4J_TX_MEMORY), past what all transactions together may
 * use, or past the server's heap. `reason` is Neo4j's own message.
 */
export class CypherTooMuchMemory extends Error {
  override name = 'CypherTooMuchMemory';
  constructor(readonly reason: string) {
    super(
      `The query needed more memory than the database allows one query (${reason}). ` +
        'Build smaller lists: aggregate (count, sum) instead of collecting, or add LIMIT.',
    );
  }
}

/** Too many queries under way (for this client, or for everyone): try again shortly. */
export class CypherBusy extends Error {
  override name = 'CypherBusy';
  constructor(
    readonly limit: 'CLIENT' | 'OVERALL',
    readonly retryAfterSeconds: number,
  ) {
    super(
      limit === 'CLIENT'
        ? 'Too many Query.cypher queries of yours are still running (NEWSGRAPH_CYPHER_CONCURRENCY_PER_CLIENT). ' +
            `Wait for them and try again in ${retryAfterSeconds} s.`
        : 'Query.cypher is busy: too many analyst queries are running (NEWSGRAPH_CYPHER_CONCURRENCY). ' +
            `Try again in ${retryAfterSeconds} s.`,
    );
  }
}
