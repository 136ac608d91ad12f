/** Relation, Claim, Source: the entities, claims, evidence and denials of a fact, each batched per level. */
import type { ArticleRecord } from '../model/records.js';
import type { ClaimResolvers, RelationResolvers, SourceResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { RelationRecord } from '../model/records.js';
import { claimsKnownAt, knownAt } from '../lists/knownAt.js';

export const Relation: RelationResolvers = {
  statedBy: (r, _args, { loaders }) => (r.statedById === null ? null : loaders.entities.load(r.statedById)),
  claims: async (r, _args, { loaders }) => claimsKnownAt(r, await loaders.claimsOf.load(r.id)),
  // Under `asOf`, both sides of a denial are as known that day: a denial whose claims naming this
  // fact came later is left out, and so is a denied fact not yet reported.
  deniedBy: async (r, _args, context) => {
    const denials = await context.loaders.denialsOf.load(r.id);
    if (r.asOf === undefined) return denials;
    return (await knownAt(context, denials, r.asOf)).filter((d) => d.deniesIds.includes(r.id));
  },
  denies: async (r, _args, context) => {
    const found = await context.loaders.relations.loadMany(r.deniesIds);
    const denied = found.filter((x): x is RelationRecord => x !== null && !(x instanceof Error));
    return knownAt(context, denied, r.asOf ?? null);
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
