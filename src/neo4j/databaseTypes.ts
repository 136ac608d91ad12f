/** The types of Database's interface: rows, options, and what transaction work sees. */
import type { Result } from 'neo4j-driver';
import type { Plain } from './toPlain.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout; the server aborts the query past it. */
  timeoutMs?: number;
  /** Tag shown in `SHOW TRANSACTIONS` and the query log. */
  tag?: string;
  /** The HTTP request's id, shown with the tag (transaction metadata `requestId`). */
  requestId?: string;
}

export interface DatabaseOptions {
  /** Fail fast when the server is down: how long to wait for a connection (ms). */
  acquisitionTimeoutMs?: number;
  /** Total retry time of reads and write transactions on transient errors (ms). */
  maxRetryTimeMs?: number;
  defaultTimeoutMs?: number;
  /** Most connections the driver opens (neo4j-driver's default: 100). */
  maxConnectionPoolSize?: number;
  /**
   * Let neo4j-driver record the JavaScript stack of every query, so that a failing query's error
   * shows where it was run. Formatting that stack through source maps (tsx) took about 4 % of the
   * service's CPU under load (profiled), so by default only LOG_LEVEL debug or trace keeps it; a
   * failed query's message, code and request id are logged either way.
   */
  callerStacks?: boolean;
}

/** What a write transaction's work sees: run a query, get plain rows; counted like every query. */
export interface CountingTx {
  run(query: string, params?: Params): Promise<Row[]>;
}

export interface StreamingReadOptions extends QueryOptions {
  /** Records per batch from the server (the capped runner asks for one more than its cap). */
  fetchSize?: number;
  /** Hears of the session's closing: the promise settles once Neo4j has let go of the work. */
  onSessionClosing?: (closed: Promise<void>) => void;
}

/** What a streaming read's work sees: the driver's own Result, to stream or stop early. */
export interface StreamingTx {
  run(query: string, params?: Params): Result;
}
