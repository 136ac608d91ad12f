/**
 * The one owner of the Neo4j driver and of transactions. Reads go through `executeRead` and writes
 * through `executeWrite` (so neo4j:// routing sends them to readers and the leader), sessions are
 * closed in `finally`, rows come back as plain JSON objects, and every query run is counted —
 * the API's bound on round trips per request is tested against that counter.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { toPlain, type Plain } from './toPlain.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout; the server aborts the query past it. */
  timeoutMs?: number;
  /** Tag shown in `SHOW TRANSACTIONS` and the query log. */
  tag?: string;
}

export interface DatabaseOptions {
  /** Fail fast when the server is down: how long to wait for a connection (ms). */
  acquisitionTimeoutMs?: number;
  /** Total retry time of managed transactions on transient errors (ms). */
  maxRetryTimeMs?: number;
  defaultTimeoutMs?: number;
}

type QueryListener = (query: string, params: Params) => void;

export class Database {
  readonly driver: Driver;
  readonly database: string;
  private readonly listeners = new Set<QueryListener>();
  private readonly defaultTimeoutMs: number;

  constructor(
    target: Pick<Neo4jTarget, 'uri' | 'username' | 'password' | 'database'>,
    o: DatabaseOptions = {},
  ) {
    this.database = target.database;
    this.defaultTimeoutMs = o.defaultTimeoutMs ?? 10_000;
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      connectionAcquisitionTimeout: o.acquisitionTimeoutMs ?? 5_000,
      connectionTimeout: Math.min(o.acquisitionTimeoutMs ?? 5_000, 5_000),
      maxTransactionRetryTime: o.maxRetryTimeMs ?? 3_000,
      userAgent: 'newsgraph',
    });
  }

  /** Runs one read query in a managed read transaction; returns its rows as plain objects. */
  async read(query: string, params: Params = {}, o: QueryOptions = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => this.run(tx, query, params), this.txConfig(o));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one managed write transaction (all of it commits, or none). */
  async writeTransaction<T>(work: (tx: CountingTx) => Promise<T>, o: QueryOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => work({ run: (q, p = {}) => this.run(tx, q, p) }),
        this.txConfig(o),
      );
    } finally {
      await session.close();
    }
  }

  /** One write query in its own transaction. */
  write(query: string, params: Params = {}, o: QueryOptions = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params), o);
  }

  /** Schema commands (constraints, indexes) run in auto-commit transactions. */
  async schema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.notify(statement, {});
      await session.run(statement);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the server answers; rejects with the driver's error otherwise. */
  async ping(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
  }

  /** Calls `listener` for every query run; returns the function that removes it. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
    this.notify(query, params);
    const result = await tx.run(query, params);
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  }

  private notify(query: string, params: Params): void {
    for (const l of this.listeners) l(query, params);
  }

  private txConfig(o: QueryOptions) {
    return {
      timeout: o.timeoutMs ?? this.defaultTimeoutMs,
      metadata: o.tag ? { app: 'newsgraph', tag: o.tag } : undefined,
    };
  }
}

/** What a write transaction's work sees: run a query, get plain rows; counted like every query. */
export interface CountingTx {
  run(query: string, params?: Params): Promise<Row[]>;
}
