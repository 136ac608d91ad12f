/** Every resolver, keyed as in schema.graphql. Each resolver is a few lines over a named query. */
import type { Resolvers } from '../generated/resolvers.js';
import { stats } from './stats.js';
import { Article } from './Article.js';
import { connections } from './connections.js';
import { Entity } from './Entity.js';
import { Path } from './Path.js';
import { Claim, Relation, Source } from './Relation.js';
import { SubgraphEdge, SubgraphNode } from './Subgraph.js';
import { articleQueries } from './query/articleQueries.js';
import { entityQueries } from './query/entityQueries.js';
import { graphQueries } from './query/graphQueries.js';
import { relationQueries } from './query/relationQueries.js';
import { timelineQueries } from './query/timelineQueries.js';
import { cypher } from './cypher.js';
import { JSONScalar } from '../scalars/jsonScalar.js';
import { Mutation } from './mutations.js';
import { community, GraphStats, ranking } from '../ranking/rankingResolvers.js';

export const resolvers: Resolvers = {
  Query: {
    stats,
    ...entityQueries,
    ...relationQueries,
    ...graphQueries,
    ...articleQueries,
    ...timelineQueries,
    cypher,
    ranking,
  },
  Entity: { ...Entity, community },
  GraphStats,
  Relation,
  Source,
  Claim,
  Article,
  Path,
  SubgraphNode,
  SubgraphEdge,
  ...connections,
  JSON: JSONScalar,
  Mutation,
};
