/**
 * Writes one validated article in ONE write transaction, with a constant number of statements
 * whatever its size (batched UNWIND; never one round trip per fact):
 *   1. remove the article's earlier sources, delete facts left with none;
 *   2. remove its MENTIONS, delete entities left with no relationship;
 *   3. check that no fact id is in the graph with other ends (→ FactFileError, rolled back);
 *   4. article node; 5. entities + MENTIONS; 6. facts (a new source on an existing fact).
 * So reloading an edited article leaves no stale edges, and other articles' sources stay.
 */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { describeFact, graphFact, sameEnds } from './factConflicts.js';
import { articleRow, entityRows, factRows } from './graphRows.js';
import { FactFileError, type Problem } from './Problem.js';
import type { ValidArticle } from './validateFactFile.js';

export interface ArticleLoad {
  articleId: string;
  entities: number;
  facts: number;
  /** Facts and entities of the earlier version of this article that no longer had any source. */
  deletedFacts: number;
  deletedEntities: number;
}

/** Loading is batch work, not a request: a cold or busy server gets longer than the 10 s default. */
export const LOAD_TIMEOUT_MS = 120_000;

export async function loadArticle(db: Database, a: ValidArticle): Promise<ArticleLoad> {
  const articleId = a.article.id;
  const facts = factRows(a);
  return db.writeTransaction(
    async (tx) => {
      const [removed] = await tx.run(query('ingestRemoveArticleSources'), { articleId });
      const [unmentioned] = await tx.run(query('ingestRemoveArticleMentions'), { articleId });
      const existing = await tx.run(query('ingestFactsById'), { ids: facts.map((f) => f.id) });
      const problems = conflicts(a, existing.map(graphFact));
      if (problems.length > 0) throw new FactFileError(problems, `article ${articleId} was not written`);
      await tx.run(query('ingestUpsertArticle'), { article: articleRow(a) });
      const [e] = await tx.run(query('ingestUpsertEntities'), { articleId, entities: entityRows(a) });
      const [f] = await tx.run(query('ingestMergeFacts'), { articleId, facts });
      return {
        articleId,
        entities: Number(e?.entities ?? 0),
        facts: Number(f?.facts ?? 0),
        deletedFacts: Number(removed?.deletedFacts ?? 0),
        deletedEntities: Number(unmentioned?.deletedEntities ?? 0),
      };
    },
    { timeoutMs: LOAD_TIMEOUT_MS, tag: `load ${articleId}` },
  );
}

function conflicts(a: ValidArticle, existing: ReturnType<typeof graphFact>[]): Problem[] {
  const byId = new Map(existing.map((f) => [f.id, f]));
  return a.facts.flatMap((f, i) => {
    const there = byId.get(f.id);
    if (!there || sameEnds(f, there)) return [];
    return [
      {
        file: a.file,
        path: `facts[${i}]`,
        reason: `fact "${f.id}" is in the graph as ${describeFact(there)} (from ${there.sourceArticleIds.join(', ')}); here it is ${describeFact(f)}`,
      },
    ];
  });
}
