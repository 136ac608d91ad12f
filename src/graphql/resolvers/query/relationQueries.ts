/** Query.relation, Query.relations, the four named questions, Query.disputedClaims. */
import type { QueryResolvers } from '../../generated/resolvers.js';
import { disputedClaims, findRelations } from '../../lists/relationLists.js';

export const relationQueries: QueryResolvers = {
  relation: (_root, { id }, { loaders }) => loaders.relations.load(id),

  relations: (_root, { type, subject, object, article, ...page }, ctx) =>
    findRelations(ctx, { types: type ?? null, subject, object, article }, page),

  accusations: (_root, { accuser, accused, ...page }, ctx) =>
    findRelations(ctx, { types: ['ACCUSES'], subject: accuser, object: accused }, page),

  investigations: (_root, { investigator, investigated, ...page }, ctx) =>
    findRelations(ctx, { types: ['INVESTIGATES'], subject: investigator, object: investigated }, page),

  bans: (_root, { banner, banned, ...page }, ctx) =>
    findRelations(ctx, { types: ['BANS'], subject: banner, object: banned }, page),

  denials: (_root, { denier, denied, ...page }, ctx) =>
    findRelations(ctx, { types: ['DENIES'], subject: denier, object: denied }, page),

  disputedClaims: (_root, { type, ...page }, ctx) => disputedClaims(ctx, type ?? null, page),
};
