/**
 * GraphQL requests in-process (`app.fetch`, no port) against the test run's Neo4j with the seed
 * graph loaded by the real loader; every query the request runs is counted via `db.onQuery`.
 */
import { inject } from 'vitest';
import { applySchema } from '../../../src/neo4j/applySchema.js';
import { Database } from '../../../src/neo4j/Database.js';
import { createApp, type App } from '../../../src/server/createApp.js';
import { Services } from '../../../src/server/Services.js';
import { loadSeedGraph } from '../../support/seedGraph.js';
import { testSettings, type TestSettings } from '../../support/appSettings.js';

export interface GraphQLResponse {
  status: number;
  body: unknown;
  /** How many Cypher queries the request ran. */
  queries: number;
}

export class SeedApi {
  private constructor(
    readonly db: Database,
    readonly app: App,
  ) {}

  /** Opens the test database, loads seed/ into an empty graph, builds the app around it. */
  static async open(o: TestSettings = {}): Promise<SeedApi> {
    // A long transaction timeout: on a loaded CI machine the first (cold) planning of a query
    // can take seconds; these tests check answers and round trips, not speed.
    const db = new Database(inject('neo4j'), { defaultTimeoutMs: 60_000 });
    await applySchema(db);
    await loadSeedGraph(db);
    return new SeedApi(db, createApp(new Services({ db }), testSettings(o)));
  }

  async post(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    return postGraphQL(this.app, this.db, query, variables);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export async function postGraphQL(
  app: App,
  db: Database | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse> {
  let queries = 0;
  const stop = db?.onQuery(() => queries++);
  try {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.json(), queries };
  } finally {
    stop?.();
  }
}
