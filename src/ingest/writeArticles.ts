/**
 * Writes validated articles in ONE write transaction, with at most seven statements whatever the
 * number of articles and facts (batched UNWIND; never one round trip per fact):
 *   1. take the articles' earlier sources and mentions out (ingestRemoveArticles), so a reloaded,
 *      edited article leaves no stale edges while other articles' sources stay;
 *   2. look the fact ids up and check none is in the graph with other ends (→ FactFileError,
 *      everything rolled back): in all types' indexes (ingestFactsById) — or, when the caller
 *      checked the whole load against the graph before (checkFileSet.ts), in each fact's own
 *      type's index (ingestFactsOfTypes), and in all of them only for the ids it found there
 *      (two statements then; one article alone is looked up in one);
 *   3. article nodes; 4. entities + MENTIONS; 5. new facts (CREATE: the lookup said they are not
 *      there, so no relationship MERGE has to scan the entities' edges); 6. a new source on each
 *      fact already there, found by element id.
 * loadPath.ts batches many articles into one call; loadArticle.ts writes one.
 */
import type { CountingTx, Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { entityBatchRows, factBatchRows } from './batchRows.js';
import { describeFact, sameEnds } from './factConflicts.js';
import { idsByType, toGraphFact, type GraphFact } from './factsInGraph.js';
import { articleRow } from './graphRows.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';
import { FactFileError, type Problem } from './Problem.js';
import type { ValidArticle } from './validateFactFile.js';

export interface ArticlesWrite {
  articles: number;
  /** Entity and fact rows written (each id once). */
  entities: number;
  facts: number;
  /** Facts and entities of earlier versions of these articles that no longer had any source. */
  deletedFacts: number;
  deletedEntities: number;
}

export interface WriteOptions {
  /**
   * The load's facts found in the graph before it started (checkFileSet.ts). Given, the other ids
   * were seen in no type's index then, and are sought only in their own type's.
   */
  inGraph?: ReadonlyMap<string, GraphFact>;
}

export async function writeArticles(
  db: Database,
  articles: readonly ValidArticle[],
  o: WriteOptions = {},
): Promise<ArticlesWrite> {
  const articleIds = articles.map((a) => a.article.id);
  const entities = entityBatchRows(articles);
  const facts = factBatchRows(articles);
  const tag = articles.length === 1 ? `load ${articleIds[0]}` : `load ${articles.length} articles`;
  return db.writeTransaction(
    async (tx) => {
      const [removed] = await tx.run(query('ingestRemoveArticles'), { articleIds });
      const existing = await factsThere(tx, facts, o.inGraph);
      const problems = conflicts(articles, existing);
      if (problems.length > 0)
        throw new FactFileError(
          problems,
          `${articles.length === 1 ? 'the article was' : 'these articles were'} not written`,
        );
      await tx.run(query('ingestUpsertArticles'), { articles: articles.map(articleRow) });
      await tx.run(query('ingestUpsertEntities'), { entities });
      const there = new Map(existing.map((f) => [f.id, f.elementId]));
      const created = facts.filter((f) => !there.has(f.id));
      if (created.length > 0) await tx.run(query('ingestCreateFacts'), { facts: created });
      if (created.length < facts.length)
        await tx.run(query('ingestAddFactSources'), {
          facts: facts
            .filter((f) => there.has(f.id))
            .map(({ articleIds: ids, quotes, starts, props, id }) => ({
              elementId: there.get(id),
              articleIds: ids,
              quotes,
              starts,
              props,
            })),
        });
      return {
        articles: articles.length,
        entities: entities.length,
        facts: facts.length,
        deletedFacts: Number(removed?.deletedFacts ?? 0),
        deletedEntities: Number(removed?.deletedEntities ?? 0),
      };
    },
    { timeoutMs: LOAD_TIMEOUT_MS, tag },
  );
}

/** A fact id in the graph (after the removals) with other ends than in an article. */
function conflicts(articles: readonly ValidArticle[], existing: readonly GraphFact[]): Problem[] {
  const byId = new Map(existing.map((f) => [f.id, f]));
  return articles.flatMap((a) =>
    a.facts.flatMap((f, i) => {
      const there = byId.get(f.id);
      if (!there || sameEnds(f, there)) return [];
      return [
        {
          file: a.file,
          path: `facts[${i}]`,
          reason: `fact "${f.id}" is in the graph as ${describeFact(there)} (from ${there.sourceArticleIds.join(', ')}); here it is ${describeFact(f)}`,
        },
      ];
    }),
  );
}

/** The batch's facts in the graph now (after the removals), by the cheapest complete lookup. */
async function factsThere(
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
