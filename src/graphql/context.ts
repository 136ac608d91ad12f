/** What every resolver gets: the database, the request's DataLoaders and the request's id. */
import type { Database } from '../neo4j/Database.js';
import { createLoaders, type Loaders } from './loaders/createLoaders.js';

export interface GraphQLContext {
  db: Database;
  requestId: string;
  /** Created per request: batching and caching never cross requests. */
  loaders: Loaders;
}

export function createContext(db: Database, requestId: string): GraphQLContext {
  return { db, requestId, loaders: createLoaders(db) };
}
