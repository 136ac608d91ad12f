/**
 * The messages between the service and the analysts' worker thread, and the errors in them:
 * structured clone keeps neither classes nor an error's own fields, so errors travel as plain
 * data and are built again on the other side — the resolver maps them by class and by the
 * driver's codes (isUnavailable, isTimeout), exactly as if the query had run in this thread.
 */
import { Neo4jError } from 'neo4j-driver';
import type { DatabaseTarget } from '../../neo4j/Database.js';
import {
  CypherInputError,
  CypherRefused,
  CypherResultTooLarge,
  CypherTimeout,
  CypherTooMuchMemory,
  type RefusalReason,
} from '../cypherErrors.js';
import type { CappedResult } from '../fetchCapped.js';
import type { RunLimits } from '../runReadOnlyCypher.js';

/** What the worker thread starts with. */
export interface WorkerSettings {
  target: DatabaseTarget;
  /** Connections of its pool: one per slot (AnalystSlots). */
  poolSize: number;
  defaultTimeoutMs: number;
  logLevel: string;
}

export type ToWorker =
  | { type: 'run'; id: number; query: string; params: unknown; limits: RunLimits; requestId?: string }
  | { type: 'retarget'; target: DatabaseTarget }
  | { type: 'close' };

export type FromWorker =
  /** `released`: Neo4j had already let go of every session of the run (no `released` message follows). */
  | { type: 'result'; id: number; result: CappedResult; released: boolean }
  | { type: 'error'; id: number; error: SentError; released: boolean }
  /** Neo4j has let go of every session the run opened (its slot may be given back). */
  | { type: 'released'; id: number };

export type SentError =
  | { kind: 'CypherRefused'; reason: RefusalReason; message: string }
  | { kind: 'CypherInputError'; message: string; argument: 'query' | 'params' }
  | { kind: 'CypherTimeout'; timeoutMs: number }
  | { kind: 'CypherResultTooLarge'; maxBytes: number }
  | { kind: 'CypherTooMuchMemory'; reason: string }
  | {
      kind: 'Neo4jError';
      message: string;
      code: string;
      gqlStatus: string;
      description: string;
      cause?: SentError;
    }
  | {
      kind: 'Error';
      name: string;
      message: string;
      stack?: string;
      code?: unknown;
      syscall?: unknown;
      cause?: SentError;
    };

/** How deep a `cause` chain is sent (isUnavailable looks 5 deep). */
const MAX_CAUSES = 5;

export function sendError(err: unknown, depth = 0): SentError {
  if (err instanceof CypherRefused)
    return { kind: 'CypherRefused', reason: err.reason, message: err.message };
  if (err instanceof CypherInputError)
    return { kind: 'CypherInputError', message: err.message, argument: err.argument };
  if (err instanceof CypherTimeout) return { kind: 'CypherTimeout', timeoutMs: err.timeoutMs };
  if (err instanceof CypherResultTooLarge) return { kind: 'CypherResultTooLarge', maxBytes: err.maxBytes };
  if (err instanceof CypherTooMuchMemory) return { kind: 'CypherTooMuchMemory', reason: err.reason };
  const cause =
    depth < MAX_CAUSES && err instanceof Error && err.cause !== undefined
      ? { cause: sendError(err.cause, depth + 1) }
      : {};
  if (err instanceof Neo4jError)
    return {
      kind: 'Neo4jError',
      message: err.message,
      code: err.code,
      gqlStatus: err.gqlStatus,
      description: err.gqlStatusDescription,
      ...cause,
    };
  const e = err instanceof Error ? err : new Error(String(err));
  const { code, syscall } = e as { code?: unknown; syscall?: unknown };
  return { kind: 'Error', name: e.name, message: e.message, stack: e.stack, code, syscall, ...cause };
}

export function receivedError(sent: SentError): Error {
  switch (sent.kind) {
    case 'CypherRefused':
      return new CypherRefused(sent.reason, sent.message);
    case 'CypherInputError':
      return new CypherInputError(sent.message, sent.argument);
    case 'CypherTimeout':
      return new CypherTimeout(sent.timeoutMs);
    case 'CypherResultTooLarge':
      return new CypherResultTooLarge(sent.maxBytes);
    case 'CypherTooMuchMemory':
      return new CypherTooMuchMemory(sent.reason);
    case 'Neo4jError':
      return new Neo4jError(
        sent.message,
        sent.code,
        sent.gqlStatus,
        sent.description,
        undefined,
        sent.cause ? receivedError(sent.cause) : undefined,
      );
    case 'Error': {
      const e = new Error(sent.message, sent.cause ? { cause: receivedError(sent.cause) } : {});
      e.name = sent.name;
      if (sent.stack) e.stack = sent.stack;
      if (sent.code !== undefined) Object.assign(e, { code: sent.code });
      if (sent.syscall !== undefined) Object.assign(e, { syscall: sent.syscall });
      return e;
    }
  }
}
