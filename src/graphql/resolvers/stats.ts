import { query } from '../../neo4j/queryLibrary.js';
import type { QueryResolvers } from '../generated/resolvers.js';

export const stats: QueryResolvers['stats'] = async (_root, _args, { db }) => {
  const [row] = await db.read(query('graphStats'));
  return {
    entities: Number(row?.entities ?? 0),
    relations: Number(row?.relations ?? 0),
    articles: Number(row?.articles ?? 0),
  };
};
