/** What every resolver gets: the database, the request's DataLoaders and the request's id. */
import { inProcessRunner, type AnalystRunner } from '../cypher/AnalystRunner.js';
import { AnalystSlots } from '../cypher/AnalystSlots.js';
import type { CypherSettings } from '../cypher/cypherSettings.js';
import type { Database } from '../neo4j/Database.js';
import { createLoaders, type Loaders } from './loaders/createLoaders.js';

/** Who may do what: the API key that guards writes, and how Query.cypher is open. */
export interface AccessSettings {
  apiKey: string | undefined;
  cypher: CypherSettings;
}

export interface GraphQLContext {
  db: Database;
  requestId: string;
  /** Created per request: batching and caching never cross requests. */
  loaders: Loaders;
  /** What Query.cypher runs on (a worker thread with a pool apart from the API's) and its concurrency limits. */
  analyst: { runner: AnalystRunner; slots: AnalystSlots };
  access: AccessSettings;
}

/** For contexts built without a Services (benchmarks' own servers): one set of slots for them all. */
const sharedSlots = new AnalystSlots();

export function createContext(
  db: Database,
  requestId: string,
  access: AccessSettings,
  analyst: GraphQLContext['analyst'] = { runner: inProcessRunner(db), slots: sharedSlots },
): GraphQLContext {
  return { db, requestId, loaders: createLoaders(db), analyst, access };
}
