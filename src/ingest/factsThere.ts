/**
 * The facts of a batch that are in the graph now, looked up inside the batch's write transaction
 * (after its earlier versions were taken out) by the cheapest complete lookup: every id in its
 * own type's index (ingestFactsOfTypes), and in all fourteen types' indexes (ingestFactsById)
 * only the ids the load's pre-check found in the graph — or every id when there was no check.
 */
import type { CountingTx } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
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
