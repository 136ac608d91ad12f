/** Query.article, Query.articles. */
import { query } from '../../../neo4j/queryLibrary.js';
import { endOf, startOf } from '../../arguments/dateArguments.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toArticle } from '../../model/fromRows.js';
import { num } from '../../model/plain.js';
import {
  articleCursor,
  decodeArticleCursor,
  decodePublishedCursor,
  publishedCursor,
} from '../../pagination/cursor.js';
import { toPage } from '../../pagination/toPage.js';
import { checkFirst } from '../../pagination/validate.js';

export const articleQueries: QueryResolvers = {
  article: (_root, { id }, { loaders }) => loaders.articles.load(id),

  articles: async (_root, { first: f, after, from, to, outlet, orderBy }, { db }) => {
    const first = checkFirst(f);
    const count = async (name: string, params = {}) =>
      num((await db.read(query(name), params))[0]?.total ?? 0, 'a count');
    if (from == null && to == null && outlet == null && orderBy !== 'PUBLISHED') {
      const rows = await db.read(query('articlesPage'), {
        after: decodeArticleCursor(after),
        limit: first + 1,
      });
      return toPage(
        rows.map((r) => toArticle(r.article)),
        first,
        after,
        articleCursor,
        () => count('articlesCount'),
      );
    }
    // A period or an outlet, or the order by publication: articlesFiltered.
    const filter = { from: startOf('from', from), to: endOf('to', to), outlet: outlet ?? null };
    const byPublication = orderBy === 'PUBLISHED';
    const afterId = byPublication ? null : decodeArticleCursor(after);
    const rows = await db.read(query('articlesFiltered'), {
      ...filter,
      orderBy: byPublication ? 'PUBLISHED' : 'ID',
      after: byPublication ? decodePublishedCursor(after) : afterId === null ? null : { id: afterId },
      limit: first + 1,
    });
    return toPage(
      rows.map((r) => toArticle(r.article)),
      first,
      after,
      byPublication ? publishedCursor : articleCursor,
      () => count('articlesFilteredCount', filter),
    );
  },
};
