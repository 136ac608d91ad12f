/** Every resolver, keyed as in schema.graphql. Each resolver is a few lines over a named query. */
import type { Resolvers } from '../generated/resolvers.js';
import { stats } from './stats.js';

export const resolvers: Resolvers = {
  Query: { stats },
};
