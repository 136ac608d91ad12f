/**
 * The facts of a batch that are in the graph now, looked up inside the batch's write transaction
 * (before its earlier versions are taken out: see writeArticles.ts) by the cheapest complete
 * lookup: every id in its own type's index (ingestFactsOfTypes), and in all fourteen types'
 * indexes (ingestFactsById) only the ids the load's pre-check found in the graph — or every id
 * when there was no check.
 */
import type { CountingTx } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { sameEnds, type FactEnds } from './factConflicts.js';
import { idsByType, toGraphFact, type GraphFact } from './factsInGraph.js';

export async function factsThere(
  tx: CountingTx,
  facts: ReadonlyArray<{ id: string; type: string }>,
  inGraph: ReadonlyMap<string, GraphFact> | undefined,
): Promise<GraphFact[]> {
  const anyType = inGraph ? facts.filter((f) => inGraph.has(f.id)).map((f) => f.id) : facts.map((f) => f.id);
  const found = new Map<string, GraphFact>();
  if (anyType.length > 0)
    for (const row of await tx.run(query('ingestFactsById'), { ids: anyType }))
      found.set(String(row.id), toGraphFact(row));
  if (inGraph)
    for (const row of await tx.run(query('ingestFactsOfTypes'), { idsByType: idsByType(facts) }))
      found.set(String(row.id), toGraphFact(row));
  return [...found.values()];
}

/**
 * What ingestRemoveArticles leaves of the facts looked up before it. `existing`: facts other
 * articles source too, without the removed articles' sources. `rewritten`: facts only the removed
 * articles sourced that the batch writes again with the same ends — the removal keeps them
 * (`$keepIds`) to receive their new claims. The rest are deleted: dropped by the new versions, or
 * moved to other ends (then created anew).
 */
export function afterRemoval(
  before: readonly GraphFact[],
  articleIds: readonly string[],
  batch: readonly FactEnds[],
): { existing: GraphFact[]; rewritten: GraphFact[] } {
  const removed = new Set(articleIds);
  const written = new Map(batch.map((f) => [f.id, f]));
  const existing: GraphFact[] = [];
  const rewritten: GraphFact[] = [];
  for (const f of before) {
    const sourceArticleIds = f.sourceArticleIds.filter((a) => !removed.has(a));
    const again = written.get(f.id);
    if (sourceArticleIds.length > 0) existing.push({ ...f, sourceArticleIds });
    else if (again && sameEnds(again, f)) rewritten.push({ ...f, sourceArticleIds });
  }
  return { existing, rewritten };
}
