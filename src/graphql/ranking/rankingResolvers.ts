/** Query.ranking, Entity.community and GraphStats.plugins: a few lines each over graphAlgorithms.ts. */
import { serverPlugins } from '../../neo4j/serverPlugins.js';
import { RELATION_TYPE_NAMES } from '../../domain/relationTypes.js';
import type { EntityResolvers, GraphStatsResolvers, QueryResolvers } from '../generated/resolvers.js';
import { checkFirst } from '../pagination/validate.js';
import { communities, ranking as rankingOf } from './graphAlgorithms.js';
import type { GraphStatsRecord } from './GraphStatsRecord.js';

export const ranking: QueryResolvers['ranking'] = async (_root, { measure, types, first }, ctx) => {
  const limit = checkFirst(first, 10);
  const scores = await rankingOf(ctx.db, measure, types ?? RELATION_TYPE_NAMES);
  const top = scores.slice(0, limit);
  const entities = await ctx.loaders.entities.loadMany(top.map((s) => s.id));
  return top.flatMap((s, i) => {
    const entity = entities[i];
    return entity && !(entity instanceof Error) ? [{ rank: i + 1, entity, score: s.score }] : [];
  });
};

export const community: EntityResolvers['community'] = async (entity, _args, ctx) => {
  const membership = (await communities(ctx.db)).get(entity.id);
  // An entity created after the communities were computed is a community of its own until the
  // next computation (a write through this process starts one at once).
  return membership ? { id: membership.community, size: membership.size } : { id: entity.id, size: 1 };
};

export const GraphStats: GraphStatsResolvers = {
  plugins: (_stats: GraphStatsRecord, _args, ctx) => serverPlugins(ctx.db),
};
