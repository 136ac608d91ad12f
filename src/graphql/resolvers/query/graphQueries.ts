/** Query.path and Query.neighborhood: one query each. */
import { query } from '../../../neo4j/queryLibrary.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toEntity, toRelation } from '../../model/fromRows.js';
import { list, map } from '../../model/plain.js';
import { checkFirst, checkRange } from '../../pagination/validate.js';

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_HOPS = 3;

export const graphQueries: QueryResolvers = {
  path: async (_root, { from, to, maxHops, first }, { db }) => {
    const [row] = await db.read(query('shortestPaths'), {
      from,
      to,
      maxHops: checkRange('maxHops', maxHops ?? 4, 1, MAX_PATH_HOPS),
      limit: checkFirst(first, 10),
    });
    if (!row) return null;
    return list(row.paths, 'paths').map((p) => {
      const path = map(p, 'a path');
      return {
        nodes: list(path.nodes, 'path nodes').map(toEntity),
        relations: list(path.relations, 'path relations').map(toRelation),
      };
    });
  },

  neighborhood: async (_root, { id, hops, types }, { db }) => {
    const [row] = await db.read(query('neighborhood'), {
      id,
      hops: checkRange('hops', hops ?? 1, 1, MAX_NEIGHBORHOOD_HOPS),
      types: types ?? null,
    });
    if (!row) return null;
    return {
      nodes: list(row.nodes, 'nodes').map(toEntity),
      edges: list(row.edges, 'edges').map(toRelation),
    };
  },
};
