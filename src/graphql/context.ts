/** What every resolver gets: the database, the query library and the request's id. */
import type { Database } from '../neo4j/Database.js';

export interface GraphQLContext {
  db: Database;
  requestId: string;
}
