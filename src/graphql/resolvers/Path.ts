/** Path: its length is the number of relations. */
import type { PathResolvers } from '../generated/resolvers.js';

export const Path: PathResolvers = {
  length: (p) => p.relations.length,
};
