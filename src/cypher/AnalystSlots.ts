/**
 * How many `Query.cypher` queries may be under way at once, in all and per client. A slot is
 * taken before anything reaches Neo4j and given back only when Neo4j has let go of the query's
 * session — not when the client got its answer: Neo4j cannot interrupt a statement busy inside
 * one expression (a `reduce` over billions of items runs on past its timeout), so such a leftover
 * keeps its slot, and a client that sends more only gets refusals (429) instead of piling up
 * leftovers that eat the database's CPU. The overall limit is also the size of the analysts'
 * own connection pool (worker/analystWorkerMain.ts), so they never wait for a connection either.
 */

export interface SlotLimits {
  /** Queries under way at once, all clients together. */
  overall: number;
  /** Queries under way at once for one client. */
  perClient: number;
}

/** Which limit a refused query ran into. */
export type SlotRefusal = 'CLIENT' | 'OVERALL';

export interface Slot {
  /**
   * Gives the slot back once `pending` have all settled (the sessions the query opened, each
   * settling when Neo4j let go of it). Idempotent.
   */
  releaseAfter(pending: Iterable<Promise<unknown>>): void;
}

export class AnalystSlots {
  private total = 0;
  private readonly byClient = new Map<string, number>();

  /** A slot for `client`, or which limit is full. */
  take(client: string, limits: SlotLimits): Slot | SlotRefusal {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= limits.perClient) return 'CLIENT';
    if (this.total >= limits.overall) return 'OVERALL';
    this.total++;
    this.byClient.set(client, mine + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
    return {
      releaseAfter: (pending) => {
        void Promise.allSettled([...pending]).then(release);
      },
    };
  }

  /** Queries under way now (also those whose client stopped waiting). */
  get inUse(): number {
    return this.total;
  }
}
