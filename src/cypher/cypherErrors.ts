/**
 * The ways `Query.cypher` turns a statement down, as plain errors; the resolver maps them to
 * GraphQL codes (FORBIDDEN, BAD_USER_INPUT, QUERY_TIMEOUT). Anything else is the server's fault
 * and gets masked.
 */

/** Why the gate refused a statement (sent to the client as `extensions.reason`). */
export type RefusalReason =
  'WRITE' | 'LOAD_CSV' | 'PROCEDURE_NOT_ALLOWED' | 'ADMIN_COMMAND' | 'NOT_READ_ONLY' | 'NOT_PLANNABLE';

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
