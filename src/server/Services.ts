/**
 * What the HTTP app needs from the outside world, filled in as start-up progresses: the API and
 * /health answer from the first moment, /ready and GraphQL only once Neo4j is connected and the
 * schema applied. Tests build one directly around their own Database.
 */
import { logger } from '../log/logger.js';
import type { Database, DatabaseTarget } from '../neo4j/Database.js';
import { AnalystSlots } from '../cypher/AnalystSlots.js';
import { inProcessRunner, type AnalystRunner } from '../cypher/AnalystRunner.js';
import { DatabaseCircuit } from './DatabaseCircuit.js';

export class Services {
  private database: Database | null = null;
  private stopHearingWrites: (() => void) | undefined;
  private readonly writeListeners = new Set<() => void>();
  /** Every Database this service uses (`db` and any `track`ed one): a move of Neo4j moves them all. */
  private readonly databases = new Set<Pick<Database, 'retarget'>>();
  private locate: (() => Promise<DatabaseTarget | null>) | undefined;
  schemaApplied = false;
  /** Set while shutting down: /ready answers 503 so load balancers drain this replica. */
  draining = false;
  /** Open while Neo4j is unreachable: requests fail at once instead of waiting on the driver. */
  readonly circuit = new DatabaseCircuit(async () => {
    if (!this.db) throw new Error('not connected');
    await this.followMove();
    await this.db.ping();
  });

  constructor(init?: { db: Database; schemaApplied?: boolean }) {
    if (init) {
      this.db = init.db;
      this.schemaApplied = init.schemaApplied ?? true;
    }
  }

  get db(): Database | null {
    return this.database;
  }

  /** Set once Neo4j is connected (main.ts); from then on its writes reach `onGraphWrite` listeners. */
  set db(db: Database | null) {
    this.stopHearingWrites?.();
    if (this.database) this.databases.delete(this.database);
    if (db) this.databases.add(db);
    this.database = db;
    this.stopHearingWrites = db?.onWrite(() => {
      for (const l of this.writeListeners) l();
    });
  }

  /** A Database besides `db` (e.g. one with a pool of its own) that must follow Neo4j when it moves. */
  track(db: Pick<Database, 'retarget'>): void {
    this.databases.add(db);
  }

  /**
   * While the circuit is open, `locate` is asked where Neo4j is now (null: nowhere else) before
   * every probe, and every Database moves there — a local server restarted by another process
   * comes back on whatever port was free, and would otherwise never be found again.
   */
  followNeo4jWith(locate: () => Promise<DatabaseTarget | null>): void {
    this.locate = locate;
  }

  private async followMove(): Promise<void> {
    const to = await this.locate?.().catch(() => null);
    if (!to) return;
    let moved = false;
    for (const db of this.databases) moved = db.retarget(to) || moved;
    if (moved) logger.info({ uri: to.uri }, `Neo4j has moved: connecting to ${to.uri}`);
  }

  private analystRunner: AnalystRunner | null = null;
  private inProcess: { db: Database; runner: AnalystRunner } | null = null;
  private readonly analystSlots = new AnalystSlots();

  /**
   * Gives Query.cypher a runner of its own (openAnalystRunner.ts: a worker thread with a small
   * pool apart from the API's). Until one is set, analysts' queries run on `db` in this thread,
   * still under the same concurrency limits.
   */
  useAnalyst(runner: AnalystRunner): void {
    this.analystRunner = runner;
    this.track(runner);
  }

  /** What Query.cypher runs on: its runner and its concurrency limits (AnalystSlots). */
  get analyst(): { runner: AnalystRunner; slots: AnalystSlots } {
    if (this.analystRunner) return { runner: this.analystRunner, slots: this.analystSlots };
    const db = this.db;
    if (!db) throw new Error('Query.cypher asked for before Neo4j is connected');
    if (this.inProcess?.db !== db) this.inProcess = { db, runner: inProcessRunner(db) };
    return { runner: this.inProcess.runner, slots: this.analystSlots };
  }

  /** Closes the analysts' runner (at shutdown; `db` is closed by its owner). */
  async closeAnalystDatabase(): Promise<void> {
    await this.analystRunner?.close();
  }

  /** Calls `listener` after every write through this process's Database (see Database.onWrite). */
  onGraphWrite(listener: () => void): void {
    this.writeListeners.add(listener);
  }

  /** True when Neo4j answers within `timeoutMs` and the schema is in place. */
  async isReady(timeoutMs = 2_000): Promise<boolean> {
    if (!this.db || !this.schemaApplied || this.draining || this.circuit.isOpen) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      const answered = await Promise.race([this.db.ping().then(() => true), timeout]);
      if (!answered) this.circuit.open();
      return answered;
    } catch {
      this.circuit.open();
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
