/** Classifies driver errors, so callers map them once: unavailable, bad credentials, bad query. */
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(err.code) ||
    err.code === 'Neo.ClientError.Security.AuthenticationRateLimit' ||
    /connect|ECONNREFUSED|ECONNRESET|acquisition timed out|Pool is closed/i.test(err.message)
  );
}

export function isAuthFailure(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === 'Neo.ClientError.Security.Unauthorized';
}

export function isSyntaxError(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    /^Neo\.ClientError\.Statement\.(SyntaxError|ParameterMissing|TypeError|ArgumentError|SemanticError)$/.test(
      err.code,
    )
  );
}

export function isTimeout(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(err.code)
  );
}

/** A write refused by a uniqueness constraint (e.g. a second fact with an id its type holds). */
export function isConstraintRefusal(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
