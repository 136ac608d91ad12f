/**
 * What a client sees of a failure. Errors the code raised on purpose (GraphQLErrors with a code:
 * BAD_USER_INPUT, FORBIDDEN, …, and graphql's own parse and validation errors) pass unchanged.
 * A database that is down becomes SERVICE_UNAVAILABLE, a query past its timeout QUERY_TIMEOUT
 * (both HTTP 503: try again). Everything else — a bug, a driver message,
 * Cypher text, a stack, a file path — is replaced by "Unexpected error." with only a code and the
 * request id; the original goes to the log under that id.
 */
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { toClientError } from '../graphql/errors.js';
import { logger } from '../log/logger.js';
import { withoutSyntaxPrefix } from './queryLimits.js';
import { currentRequestId, requestLogger } from './requestContext.js';

/** Errors already logged here (yoga would log each masked error a second time). */
const logged = new WeakSet<object>();

/** yoga's maskError; `onUnavailable` hears of every request that found Neo4j unreachable. */
export function createMaskError(onUnavailable: () => void) {
  return function maskError(error: unknown, message: string): Error {
    const requestId = currentRequestId();
    const mapped = toClientError(error);
    if (mapped !== error && mapped instanceof GraphQLError) {
      remember(error);
      if (mapped.extensions.code === 'SERVICE_UNAVAILABLE') onUnavailable();
      requestLogger().warn({ err: originalOf(error) }, `mapped to ${String(mapped.extensions.code)}`);
      return withExtensions(mapped, error, { requestId });
    }
    if (isDeliberate(error)) {
      // Refused because Neo4j is down (the circuit is open): the client still gets its request id.
      // Not logged per request: the circuit logs once when Neo4j goes and once when it is back.
      const e = error as GraphQLError;
      if (e.extensions?.code !== 'SERVICE_UNAVAILABLE') return e;
      remember(e);
      return withExtensions(e, e, { requestId });
    }
    if (isForeignGraphQLError(error)) return ownRealm(error);
    remember(error);
    requestLogger().error({ err: originalOf(error) }, 'unexpected error (masked for the client)');
    return withExtensions(new GraphQLError(message), error, { code: 'INTERNAL_SERVER_ERROR', requestId });
  };
}

/** A GraphQLError all the way down: raised on purpose, safe to show. */
function isDeliberate(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null || isDeliberate(error.originalError);
}

/**
 * A GraphQLError of another copy of graphql-js (a CommonJS dependency such as graphql-armor's
 * token limit, thrown while parsing): a deliberate refusal, but not one yoga recognises.
 */
function isForeignGraphQLError(error: unknown): error is GraphQLError {
  return (
    !(error instanceof GraphQLError) &&
    Object.prototype.toString.call(error) === '[object GraphQLError]' &&
    !(error as GraphQLError).originalError
  );
}

function ownRealm(error: GraphQLError): GraphQLError {
  return new GraphQLError(withoutSyntaxPrefix(error.message), {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions },
  });
}

function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? originalOf(error.originalError) : error;
}

/** `base`'s message and extensions at the position and path of `at` (the field that failed). */
function withExtensions(base: GraphQLError, at: unknown, extra: Record<string, unknown>): GraphQLError {
  const where = at instanceof GraphQLError ? at : undefined;
  return new GraphQLError(base.message, {
    ...(where
      ? { nodes: where.nodes, source: where.source, positions: where.positions, path: where.path }
      : {}),
    extensions: { ...base.extensions, ...extra },
  });
}

function remember(error: unknown): void {
  if (typeof error === 'object' && error !== null) logged.add(error);
}

/** yoga's logger, as pino: errors already logged by maskError are not logged again. */
export const yogaLogger: YogaLogger = {
  debug: (...args: unknown[]) => logger.debug(logArgs(args), 'yoga'),
  info: (...args: unknown[]) => logger.info(logArgs(args), 'yoga'),
  warn: (...args: unknown[]) => logger.warn(logArgs(args), 'yoga'),
  error: (...args: unknown[]) => {
    const [first] = args;
    if (typeof first === 'object' && first !== null && logged.has(first)) return;
    requestLogger().error({ err: first }, 'error in the HTTP layer');
  },
};

const logArgs = (args: unknown[]) => ({ detail: args.map((a) => (typeof a === 'string' ? a : String(a))) });
