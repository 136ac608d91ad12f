/**
 * Removes one article in ONE write transaction, with the loader's own queries: its sources leave
 * every fact (facts left with none are deleted), its MENTIONS go (entities left in no fact and
 * mentioned by no other article are deleted), then the article node. All or nothing.
 */
import type { Database } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';

export interface ArticleRemoval {
  removed: boolean;
  deletedFacts: number;
  deletedEntities: number;
}

export function removeArticle(db: Database, articleId: string): Promise<ArticleRemoval> {
  return db.writeTransaction(async (tx) => {
    const [removed] = await tx.run(query('ingestRemoveArticles'), { articleIds: [articleId], keepIds: [] });
    const [article] = await tx.run(query('removeArticleNode'), { articleId });
    return {
      removed: Number(article?.removed ?? 0) > 0,
      deletedFacts: Number(removed?.deletedFacts ?? 0),
      deletedEntities: Number(removed?.deletedEntities ?? 0),
    };
  });
}
