/**
 * Classifies driver errors, so callers map them once: unavailable, bad credentials, bad query.
 * Only codes and types decide — never message text: Neo4j repeats the statement's own text (and
 * its string literals) in its messages, so any word a classifier looked for could be sent by a
 * client to make its own failed query look like a database outage.
 */
import { Neo4jError, error as driverErrorCodes } from 'neo4j-driver';

/**
 * The driver's codes for a server that cannot be reached or a connection that was lost (every
 * socket failure — refused, reset, timed out, closed by the server — carries one of the first
 * two), and the server's own "this database is not available".
 */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  driverErrorCodes.SERVICE_UNAVAILABLE,
  driverErrorCodes.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  // Too many failed logins: the server refuses this service's own user for a while.
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Node's codes for a network peer that is not there or went away. */
const SYSTEM_UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * True when `err` says Neo4j cannot be reached: a driver error with an unavailability code, or a
 * Node system error (on the error or in its `cause` chain) whose code is a connection failure.
 * Not: a query's own failure, however it is worded; memory or time limits a query ran into; a
 * full connection pool (the driver gives that no code — it is overload, not an outage).
 */
export function isUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof Neo4jError && UNAVAILABLE_CODES.has(e.code)) return true;
    if (!(e instanceof Neo4jError) && isSystemUnreachable(e)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function isSystemUnreachable(e: object): boolean {
  const { code, syscall } = e as { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && typeof syscall === 'string' && SYSTEM_UNREACHABLE_CODES.has(code);
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
