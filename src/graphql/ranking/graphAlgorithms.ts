/**
 * Graph Data Science over the whole graph for the API: centrality rankings and Louvain
 * communities, each computed by one statement that projects, streams and drops
 * (cypher/queries/api/ranking.cypher, communities.cypher), and kept per Database until a write
 * through it (Database.onWrite) — or for at most MAX_AGE_MS, the bound on staleness after writes
 * made by another process. A server without GDS gets PLUGIN_MISSING.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Database } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';
import { serverPlugins } from '../../neo4j/serverPlugins.js';
import type { CentralityMeasure, RelationType } from '../generated/resolvers.js';

const MAX_AGE_MS = 60_000;

interface Score {
  id: string;
  score: number;
}

interface Membership {
  /** Its community's first member in id order. */
  community: string;
  size: number;
}

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

function cached<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    const fresh = new Map<string, Entry>();
    db.onWrite(() => fresh.clear());
    caches.set(db, fresh);
    cache = fresh;
  }
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const entry: Entry = { at: Date.now(), value: compute() };
  // A failure is not kept: the next request tries again.
  entry.value.catch(() => cache.get(key) === entry && cache.delete(key));
  cache.set(key, entry);
  return entry.value as Promise<T>;
}

/** Every entity's score, highest first (ties in id order). */
export function ranking(
  db: Database,
  measure: CentralityMeasure,
  types: readonly RelationType[],
): Promise<Score[]> {
  const sorted = [...new Set(types)].sort();
  return cached(db, `ranking ${measure} ${sorted.join(',')}`, async () => {
    const rows = await withProjection(db, (graph) =>
      db.read(query('ranking'), { graph, types: sorted, measure, undirected: measure !== 'PAGERANK' }),
    );
    return rows.map((r) => ({ id: String(r.id), score: Number(r.score) }));
  });
}

/** Each entity's Louvain community, by entity id. */
export function communities(db: Database): Promise<Map<string, Membership>> {
  return cached(db, 'communities', async () => {
    const rows = await withProjection(db, (graph) => db.read(query('communities'), { graph }));
    return new Map(rows.map((r) => [String(r.id), { community: String(r.community), size: Number(r.size) }]));
  });
}

/**
 * Runs a statement that projects under a fresh name; should it fail, the projection is dropped
 * (when there is one) and a server without GDS is told apart from other failures.
 */
async function withProjection<T>(db: Database, run: (graph: string) => Promise<T>): Promise<T> {
  const graph = `newsgraph-${randomUUID()}`;
  try {
    return await run(graph);
  } catch (err) {
    const plugins = await serverPlugins(db).catch(() => null);
    if (plugins && !plugins.gds) throw pluginMissing();
    await db.read(query('dropProjection'), { graph }).catch(() => {});
    throw err;
  }
}

function pluginMissing(): GraphQLError {
  return new GraphQLError(
    'This Neo4j has no Graph Data Science plugin, which rankings and communities need ' +
      '(the local server has it unless NEWSGRAPH_NEO4J_PLUGINS leaves it out).',
    { extensions: { code: 'PLUGIN_MISSING', plugin: 'gds' } },
  );
}
