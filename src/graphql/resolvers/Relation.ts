/** Relation, Claim, Source: the entities, claims, evidence and denials of a fact, each batched per level. */
import type { ArticleRecord } from '../model/records.js';
import type { ClaimResolvers, RelationResolvers, SourceResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { RelationRecord } from '../model/records.js';
import { claimsKnownAt, reportedBefore } from '../lists/knownAt.js';

export const Relation: RelationResolvers = {
  statedBy: (r, _args, { loaders }) => (r.statedById === null ? null : loaders.entities.load(r.statedById)),
  claims: async (r, _args, { loaders }) => claimsKnownAt(r, await loaders.claimsOf.load(r.id)),
  deniedBy: async (r, _args, { loaders }) =>
    (await loaders.denialsOf.load(r.id)).filter((d) => reportedBefore(d, r.asOf)),
  denies: async (r, _args, { loaders }) => {
    const found = await loaders.relations.loadMany(r.deniesIds);
    return found.filter((x): x is RelationRecord => x !== null && !(x instanceof Error));
  },
};

async function citedArticle(articleId: string, { loaders }: GraphQLContext): Promise<ArticleRecord> {
  const article = await loaders.articles.load(articleId);
  if (!article) throw new Error(`A fact cites article ${articleId}, which is not in the graph`);
  return article;
}

export const Source: SourceResolvers = {
  article: (s, _args, context) => citedArticle(s.articleId, context),
};

export const Claim: ClaimResolvers = {
  article: (c, _args, context) => citedArticle(c.articleId, context),
  statedBy: (c, _args, { loaders }) => (c.statedById === null ? null : loaders.entities.load(c.statedById)),
};
