/**
 * The one owner of the Neo4j driver and of transactions. Reads run as auto-commit queries in READ
 * sessions, writes through `executeWrite` (so neo4j:// routing sends them to readers and the
 * leader), sessions are closed in `finally` (a read that gets no answer at all is given up 2 s
 * past its timeout, its session closed later), rows come back as plain JSON objects, and every
 * query run is counted — the API's bound on round trips per request is tested against that
 * counter. Every write and schema command ends by telling the `onWrite` listeners (the response
 * cache empties itself there), so no write path can forget to.
 */
import neo4j, { type Config, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type {
  CountingTx,
  DatabaseOptions,
  Params,
  QueryOptions,
  Row,
  StreamingReadOptions,
  StreamingTx,
} from './databaseTypes.js';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { plainRow } from './plainRow.js';
import { retrying } from './retrying.js';
import { logger } from '../log/logger.js';
import { NoAnswerInTime, withDeadline } from './withDeadline.js';
import { withoutStackTrace } from './withoutStackTrace.js';

/** How long past a transaction's timeout a caller still waits for the server's timeout error. */
const DEADLINE_GRACE_MS = 2_000;

// Callers take the interface's types from here, with the class.
export type * from './databaseTypes.js';

type QueryListener = (query: string, params: Params) => void;
type WriteListener = () => void;

/** Where a Database connects: enough of a Neo4jTarget to open a driver. */
export type DatabaseTarget = Pick<Neo4jTarget, 'uri' | 'username' | 'password' | 'database'>;

export class Database {
  /** Replaced (never mutated) by `retarget`; read it anew for every session. */
  driver: Driver;
  private target: DatabaseTarget;
  private driverConfig: Config = {};
  readonly database: string;
  private readonly listeners = new Set<QueryListener>();
  private readonly writeListeners = new Set<WriteListener>();
  private readonly defaultTimeoutMs: number;
  private readonly maxRetryTimeMs: number;
  private readonly callerStacks: boolean;

  constructor(target: DatabaseTarget, o: DatabaseOptions = {}) {
    this.target = target;
    this.database = target.database;
    this.defaultTimeoutMs = o.defaultTimeoutMs ?? 10_000;
    this.maxRetryTimeMs = o.maxRetryTimeMs ?? 3_000;
    this.callerStacks = o.callerStacks ?? ['debug', 'trace'].includes(logger.level);
    this.driver = this.openDriver({
      connectionAcquisitionTimeout: o.acquisitionTimeoutMs ?? 5_000,
      connectionTimeout: Math.min(o.acquisitionTimeoutMs ?? 5_000, 5_000),
      maxTransactionRetryTime: this.maxRetryTimeMs,
      ...(o.maxConnectionPoolSize ? { maxConnectionPoolSize: o.maxConnectionPoolSize } : {}),
      userAgent: 'newsgraph',
    });
  }

  /**
   * Runs one read query and returns its rows as plain objects. An auto-commit query in a READ
   * session: one round trip (RUN and PULL) where a managed transaction adds BEGIN and COMMIT,
   * so less of the driver's CPU and less latency per query. A single read
   * statement needs no transaction around it, and it is retried like a managed one (retrying.ts):
   * reads are idempotent.
   */
  read(query: string, params: Params = {}, o: QueryOptions = {}): Promise<Row[]> {
    return retrying(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      return this.closingAfter(session, o, this.run(session, query, params, this.txConfig(o)));
    }, this.maxRetryTimeMs);
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
      // Also after a failure: a commit whose answer was lost may still have changed the graph.
      this.notifyWrite();
      await session.close();
    }
  }

  /** One write query in its own transaction. */
  write(query: string, params: Params = {}, o: QueryOptions = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params), o);
  }

  /**
   * One explicit READ transaction, always rolled back, for work that streams its records
   * (Query.cypher: EXPLAIN for the plan gate, then a run stopped after the row cap). Counted
   * like every query; not retried here — the caller keeps its own, shorter budget. Waited for
   * like `read` (closingAfter).
   */
  async rolledBackRead<T>(o: StreamingReadOptions, work: (tx: StreamingTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      ...(o.fetchSize ? { fetchSize: o.fetchSize } : {}),
    });
    return this.closingAfter(session, o, this.inRolledBackTransaction(session, o, work), o.onSessionClosing);
  }

  /**
   * `work`'s answer, then `session` closed. Neo4j checks a transaction's timeout only between
   * steps of its work, so a statement busy in one expression (a reduce over millions of items)
   * or a server stuck collecting garbage would keep the caller waiting for hours: the caller stops
   * waiting a little after the timeout (NoAnswerInTime), and the session is closed once the
   * server lets go of it.
   */
  private async closingAfter<T>(
    session: Session,
    o: QueryOptions,
    work: Promise<T>,
    onClosing?: (closed: Promise<void>) => void,
  ): Promise<T> {
    let abandoned = false;
    try {
      return await withDeadline(work, (o.timeoutMs ?? this.defaultTimeoutMs) + DEADLINE_GRACE_MS).catch(
        (err: unknown) => {
          abandoned = err instanceof NoAnswerInTime;
          throw err;
        },
      );
    } finally {
      const closed = work.catch(() => undefined).then(() => session.close());
      onClosing?.(closed.catch(() => undefined));
      if (abandoned) closed.catch(() => undefined);
      else await closed;
    }
  }

  private async inRolledBackTransaction<T>(
    session: Session,
    o: StreamingReadOptions,
    work: (tx: StreamingTx) => Promise<T>,
  ): Promise<T> {
    const tx = await session.beginTransaction(this.txConfig(o));
    const counted: StreamingTx = {
      run: (query, params = {}) => {
        this.notify(query, params);
        const start = () => tx.run(query, params);
        return this.callerStacks ? start() : withoutStackTrace(start);
      },
    };
    try {
      return await work(counted);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  }

  /**
   * A statement that commits its own batches (`CALL … IN TRANSACTIONS`), which Neo4j runs only
   * in an auto-commit transaction: a migration over the whole graph, in pieces that each stay
   * inside the per-transaction memory limit.
   */
  async inTransactions(statement: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.notify(statement, params);
      await session.run(statement, params);
    } finally {
      this.notifyWrite();
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) run in auto-commit transactions. */
  async schema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.notify(statement, {});
      await session.run(statement);
    } finally {
      // A new or dropped index changes answers too (the full-text search).
      this.notifyWrite();
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

  /**
   * Calls `listener` when a write transaction or schema command has ended (committed or not);
   * returns the function that removes it.
   */
  onWrite(listener: WriteListener): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Moves to the same database at another address or with another password (a local server that
   * came back on another port): new sessions use a new driver, the old one is closed. False when
   * `to` is where this Database already connects.
   */
  retarget(to: DatabaseTarget): boolean {
    const from = this.target;
    if (to.uri === from.uri && to.username === from.username && to.password === from.password) return false;
    if (to.database !== this.database)
      throw new Error(`retarget moves to the same database (${this.database}), not to ${to.database}`);
    const old = this.driver;
    this.target = to;
    this.driver = this.openDriver(this.driverConfig);
    // Whatever still runs on the old driver talks to a server that is gone; do not wait for it.
    old.close().catch(() => undefined);
    return true;
  }

  private openDriver(config: Config): Driver {
    this.driverConfig = config;
    return neo4j.driver(
      this.target.uri,
      neo4j.auth.basic(this.target.username, this.target.password),
      config,
    );
  }

  private async run(
    runner: ManagedTransaction | Session,
    query: string,
    params: Params,
    config?: ReturnType<Database['txConfig']>,
  ): Promise<Row[]> {
    this.notify(query, params);
    const start = () => (config ? (runner as Session).run(query, params, config) : runner.run(query, params));
    const result = await (this.callerStacks ? start() : withoutStackTrace(start));
    return result.records.map(plainRow);
  }

  private notify(query: string, params: Params): void {
    for (const l of this.listeners) l(query, params);
  }

  private notifyWrite(): void {
    for (const l of this.writeListeners) l();
  }

  private txConfig(o: QueryOptions) {
    return {
      timeout: o.timeoutMs ?? this.defaultTimeoutMs,
      metadata: o.tag
        ? { app: 'newsgraph', tag: o.tag, ...(o.requestId ? { requestId: o.requestId } : {}) }
        : undefined,
    };
  }
}
