/**
 * Which fact ids of a load are already in the graph, with their type, ends and sources — under
 * ANY relation type (an id must keep its type across articles). Seeking an id in all fourteen
 * types' indexes costs fourteen seeks, so for a load that is large next to the graph (the first
 * load of a corpus) it is cheaper to read the graph's ids once and seek only the ids found there,
 * in their own type's index. Both ways give the same answer.
 */
import type { Database, Row } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { graphFact } from './factConflicts.js';
import { RELATION_TYPE_NAMES } from '../domain/relationTypes.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';

export type GraphFact = ReturnType<typeof graphFact> & { elementId: string };

/** Ids per query: a million ids in one parameter list would be one huge message and query. */
const SLICE = 20_000;

export const toGraphFact = (row: Row): GraphFact => ({ ...graphFact(row), elementId: String(row.elementId) });

export async function factsInGraph(db: Database, ids: readonly string[]): Promise<Map<string, GraphFact>> {
  const o = { timeoutMs: LOAD_TIMEOUT_MS };
  const [count] = await db.read(query('ingestFactCount'), {}, o);
  const rows: Row[] = [];
  if (Number(count?.facts ?? 0) < RELATION_TYPE_NAMES.length * ids.length) {
    const wanted = new Set(ids);
    const found = (await db.read(query('ingestFactIds'), {}, o)).filter((r) => wanted.has(String(r.id)));
    for (let i = 0; i < found.length; i += SLICE)
      rows.push(
        ...(await db.read(
          query('ingestFactsOfTypes'),
          { idsByType: idsByType(found.slice(i, i + SLICE)) },
          o,
        )),
      );
  } else
    for (let i = 0; i < ids.length; i += SLICE)
      rows.push(...(await db.read(query('ingestFactsById'), { ids: ids.slice(i, i + SLICE) }, o)));
  return new Map(rows.map((r) => [String(r.id), toGraphFact(r)]));
}

/** `[{id, type}]` → `{TYPE: [id, …]}`, the parameter of ingestFactsOfTypes. */
export function idsByType(facts: ReadonlyArray<{ id?: unknown; type?: unknown }>): Record<string, string[]> {
  const byType: Record<string, string[]> = {};
  for (const f of facts) (byType[String(f.type)] ??= []).push(String(f.id));
  return byType;
}
