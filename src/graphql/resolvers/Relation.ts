/** Relation, Source: the entities, evidence and denials of a fact, each batched per level. */
import type { RelationResolvers, SourceResolvers } from '../generated/resolvers.js';
import type { RelationRecord } from '../model/records.js';

export const Relation: RelationResolvers = {
  statedBy: (r, _args, { loaders }) => (r.statedById === null ? null : loaders.entities.load(r.statedById)),
  deniedBy: (r, _args, { loaders }) => loaders.denialsOf.load(r.id),
  denies: async (r, _args, { loaders }) => {
    const found = await loaders.relations.loadMany(r.deniesIds);
    return found.filter((x): x is RelationRecord => x !== null && !(x instanceof Error));
  },
};

export const Source: SourceResolvers = {
  article: async (s, _args, { loaders }) => {
    const article = await loaders.articles.load(s.articleId);
    if (!article) throw new Error(`A fact cites article ${s.articleId}, which is not in the graph`);
    return article;
  },
};
