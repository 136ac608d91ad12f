/** Query.path and Query.neighborhood: one query each (and one for the facts as known then, with `asOf`). */
import { query } from '../../../neo4j/queryLibrary.js';
import { endOf } from '../../arguments/dateArguments.js';
import { knownAt } from '../../lists/knownAt.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toEntity, toRelation } from '../../model/fromRows.js';
import { list, map } from '../../model/plain.js';
import { checkFirst, checkRange } from '../../pagination/validate.js';

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_HOPS = 3;

export const graphQueries: QueryResolvers = {
  path: async (_root, { from, to, maxHops, first, asOf: asOfText }, ctx) => {
    const asOf = endOf('asOf', asOfText);
    const [row] = await ctx.db.read(query('shortestPaths'), {
      from,
      to,
      maxHops: checkRange('maxHops', maxHops ?? 4, 1, MAX_PATH_HOPS),
      limit: checkFirst(first, 10),
      asOf,
    });
    if (!row) return null;
    return Promise.all(
      list(row.paths, 'paths').map(async (p) => {
        const path = map(p, 'a path');
        return {
          nodes: list(path.nodes, 'path nodes').map(toEntity),
          relations: await knownAt(ctx, list(path.relations, 'path relations').map(toRelation), asOf),
        };
      }),
    );
  },

  neighborhood: async (_root, { id, hops, types, asOf: asOfText }, ctx) => {
    const asOf = endOf('asOf', asOfText);
    const [row] = await ctx.db.read(query('neighborhood'), {
      id,
      hops: checkRange('hops', hops ?? 1, 1, MAX_NEIGHBORHOOD_HOPS),
      types: types ?? null,
      asOf,
    });
    if (!row) return null;
    return {
      nodes: list(row.nodes, 'nodes').map(toEntity),
      edges: await knownAt(ctx, list(row.edges, 'edges').map(toRelation), asOf),
    };
  },
};
