/**
 * What the HTTP app needs from the outside world, filled in as start-up progresses: the API and
 * /health answer from the first moment, /ready and GraphQL only once Neo4j is connected and the
 * schema applied. Tests build one directly around their own Database.
 */
import type { Database } from '../neo4j/Database.js';
import { DatabaseCircuit } from './DatabaseCircuit.js';

export class Services {
  private database: Database | null = null;
  private stopHearingWrites: (() => void) | undefined;
  private readonly writeListeners = new Set<() => void>();
  schemaApplied = false;
  /** Set while shutting down: /ready answers 503 so load balancers drain this replica. */
  draining = false;
  /** Open while Neo4j is unreachable: requests fail at once instead of waiting on the driver. */
  readonly circuit = new DatabaseCircuit(async () => {
    if (!this.db) throw new Error('not connected');
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
    this.database = db;
    this.stopHearingWrites = db?.onWrite(() => {
      for (const l of this.writeListeners) l();
    });
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
