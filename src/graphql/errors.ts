/**
 * The one place where failures become GraphQL errors a client may see. Known failures get a code
 * (`BAD_USER_INPUT`, `SERVICE_UNAVAILABLE`, …); anything else is masked by yoga and logged.
 */
import { GraphQLError } from 'graphql';
import { isTimeout, isUnavailable } from '../neo4j/errors.js';
import { NoAnswerInTime } from '../neo4j/withDeadline.js';

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is not available right now. Try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

export function queryTimeout(): GraphQLError {
  return new GraphQLError('The graph database did not answer in time. Try again shortly.', {
    extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Maps a thrown error to the client-visible one, or returns it for masking. */
export function toClientError(err: unknown): unknown {
  const original = err instanceof GraphQLError && err.originalError ? err.originalError : err;
  if (isUnavailable(original)) return serviceUnavailable();
  // A query past its transaction timeout (or stuck past it, unanswered): the database is
  // overloaded, not the request wrong.
  if (isTimeout(original) || original instanceof NoAnswerInTime) return queryTimeout();
  return err;
}
