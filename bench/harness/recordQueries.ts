/**
 * Records the Cypher our API runs for one GraphQL request — every query's text and parameters,
 * and which ran concurrently — so the driver floor can replay exactly the same database work
 * without GraphQL. A query's `wave` is the number of queries that had completed when it started:
 * queries of one wave were in flight together (a DataLoader batch per level), and the replay runs
 * each wave with Promise.all, the waves one after another.
 */
import neo4j from 'neo4j-driver';
import type { Database, Params } from '../../src/neo4j/Database.js';
import type { App } from '../../src/server/createApp.js';

export interface RecordedQuery {
  wave: number;
  query: string;
  /** Parameters as JSON; neo4j Integers tagged as { $int: "…" }. */
  params: unknown;
}

export function encodeParams(p: Params): unknown {
  return JSON.parse(JSON.stringify(p, (_k, v: unknown) => (neo4j.isInt(v) ? { $int: v.toString() } : v)));
}

export function decodeParams(json: unknown): Params {
  return JSON.parse(JSON.stringify(json), (_k, v: unknown) =>
    v && typeof v === 'object' && '$int' in v ? neo4j.int((v as { $int: string }).$int) : v,
  ) as Params;
}

/** Sends `body` to the app in-process and returns the queries it ran, in order. */
export async function recordRequest(
  app: App,
  db: Database,
  body: string,
  headers: Record<string, string>,
): Promise<{ queries: RecordedQuery[]; response: unknown }> {
  const queries: RecordedQuery[] = [];
  let completed = 0;
  const original = db.read;
  db.read = async function (this: Database, query, params = {}, o) {
    queries.push({ wave: completed, query, params: encodeParams(params) });
    try {
      return await original.call(this, query, params, o);
    } finally {
      completed++;
    }
  };
  try {
    // A copy: the fetch implementation adds content-length to the object it is given.
    const res = await app.fetch('http://bench/graphql', { method: 'POST', headers: { ...headers }, body });
    return { queries, response: await res.json() };
  } finally {
    db.read = original;
  }
}
