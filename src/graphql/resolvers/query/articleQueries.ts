/** Query.article, Query.articles. */
import { query } from '../../../neo4j/queryLibrary.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toArticle } from '../../model/fromRows.js';
import { num } from '../../model/plain.js';
import { articleCursor, decodeArticleCursor } from '../../pagination/cursor.js';
import { toPage } from '../../pagination/toPage.js';
import { checkFirst } from '../../pagination/validate.js';

export const articleQueries: QueryResolvers = {
  article: (_root, { id }, { loaders }) => loaders.articles.load(id),

  articles: async (_root, { first: f, after }, { db }) => {
    const first = checkFirst(f);
    const rows = await db.read(query('articlesPage'), {
      after: decodeArticleCursor(after),
      limit: first + 1,
    });
    return toPage(
      rows.map((r) => toArticle(r.article)),
      first,
      after,
      articleCursor,
      async () => num((await db.read(query('articlesCount')))[0]?.total ?? 0, 'a count'),
    );
  },
};
