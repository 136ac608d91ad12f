/** Query.relation, Query.relations, the four named questions, Query.disputedClaims. */
import { endOf, timeFilter } from '../../arguments/dateArguments.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { disputedClaims, findRelations, type RelationFilter } from '../../lists/relationLists.js';

/** The arguments every root relation list takes besides its own: time, corroboration, order. */
interface ListArgs {
  asOf?: string | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
  minSources?: number | null;
  orderBy?: RelationFilter['orderBy'];
}
const common = ({ asOf, reportedFrom, reportedTo, minSources, orderBy }: ListArgs) => ({
  time: timeFilter({ asOf, reportedFrom, reportedTo }),
  minSources,
  orderBy,
});

export const relationQueries: QueryResolvers = {
  relation: (_root, { id }, { loaders }) => loaders.relations.load(id),

  relations: (_root, { type, subject, object, article, first, after, ...rest }, ctx) =>
    findRelations(ctx, { types: type ?? null, subject, object, article, ...common(rest) }, { first, after }),

  accusations: (_root, { accuser, accused, first, after, ...rest }, ctx) =>
    findRelations(
      ctx,
      { types: ['ACCUSES'], subject: accuser, object: accused, ...common(rest) },
      { first, after },
    ),

  investigations: (_root, { investigator, investigated, first, after, ...rest }, ctx) =>
    findRelations(
      ctx,
      { types: ['INVESTIGATES'], subject: investigator, object: investigated, ...common(rest) },
      { first, after },
    ),

  bans: (_root, { banner, banned, first, after, ...rest }, ctx) =>
    findRelations(
      ctx,
      { types: ['BANS'], subject: banner, object: banned, ...common(rest) },
      { first, after },
    ),

  denials: (_root, { denier, denied, first, after, ...rest }, ctx) =>
    findRelations(
      ctx,
      { types: ['DENIES'], subject: denier, object: denied, ...common(rest) },
      { first, after },
    ),

  disputedClaims: (_root, { type, asOf, ...page }, ctx) =>
    disputedClaims(ctx, type ?? null, endOf('asOf', asOf), page),
};
