/** Article: its text, facts and mentioned entities, each batched per level. */
import type { ArticleResolvers } from '../generated/resolvers.js';
import { factsOfArticle } from '../lists/relationLists.js';

export const Article: ArticleResolvers = {
  text: async (a, _args, { loaders }) => (await loaders.articleTexts.load(a.id)) ?? '',
  facts: (a, { type, ...page }, ctx) => factsOfArticle(ctx, a.id, type ?? null, page),
  entities: (a, _args, { loaders }) => loaders.articleEntities.load(a.id),
};
