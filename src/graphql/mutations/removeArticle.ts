/**
 * Removes one article in ONE write transaction, with the loader's own queries: its claims go
 * (facts left with none are deleted), its MENTIONS go (entities left in no fact and mentioned by
 * no other article are deleted), then the article node; the facts and entities other articles
 * keep get their values derived again without it. All or nothing.
 */
import type { Database } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';
import { deriveValues } from '../../ingest/deriveValues.js';

export interface ArticleRemoval {
  removed: boolean;
  deletedFacts: number;
  deletedEntities: number;
}

export function removeArticle(db: Database, articleId: string): Promise<ArticleRemoval> {
  return db.writeTransaction(async (tx) => {
    const [removed] = await tx.run(query('ingestRemoveArticles'), { articleIds: [articleId], keepIds: [] });
    const [article] = await tx.run(query('removeArticleNode'), { articleId });
    // The facts and entities other articles keep lose this article's claims and mentions.
    await deriveValues(
      tx,
      (removed?.touchedFacts as string[] | undefined) ?? [],
      (removed?.touchedEntities as string[] | undefined) ?? [],
    );
    return {
      removed: Number(article?.removed ?? 0) > 0,
      deletedFacts: Number(removed?.deletedFacts ?? 0),
      deletedEntities: Number(removed?.deletedEntities ?? 0),
    };
  });
}
