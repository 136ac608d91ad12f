/**
 * Writes one validated article in one transaction (writeArticles.ts): all of it or nothing.
 * The API's ingest mutation and the loader's per-article fallback use it.
 */
import type { Database } from '../neo4j/Database.js';
import type { ValidArticle } from './validateFactFile.js';
import { writeArticles } from './writeArticles.js';

export interface ArticleLoad {
  articleId: string;
  entities: number;
  facts: number;
  /** Facts and entities of the earlier version of this article that no longer had any source. */
  deletedFacts: number;
  deletedEntities: number;
}

export async function loadArticle(db: Database, a: ValidArticle): Promise<ArticleLoad> {
  const w = await writeArticles(db, [a]);
  return {
    articleId: a.article.id,
    entities: w.entities,
    facts: w.facts,
    deletedFacts: w.deletedFacts,
    deletedEntities: w.deletedEntities,
  };
}
