/**
 * Neo4j stops answering without going away (a JVM stuck collecting garbage, a statement it cannot
 * interrupt, a frozen VM): the connections stay open and nothing comes back. Simulated with
 * SIGSTOP on a Neo4j of the test's own. A GraphQL request still gets an answer — QUERY_TIMEOUT,
 * soon after its query's timeout — and the service answers normally once Neo4j thaws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { codes, postGraphQL } from './graphqlClient.js';
import { OwnNeo4j } from './ownNeo4j.js';
import { testSettings } from '../support/appSettings.js';

const TIMEOUT_MS = 1_000;
let neo: OwnNeo4j;
let db: Database;
let app: App;

beforeAll(async () => {
  neo = await OwnNeo4j.create('frozen');
  db = new Database(await neo.start(), { defaultTimeoutMs: TIMEOUT_MS });
  await applySchema(db);
  await loadSeedGraph(db);
  app = createApp(new Services({ db }), testSettings());
});

afterAll(async () => {
  await neo?.thaw().catch(() => undefined);
  await db?.close();
  await neo?.remove();
});

const ask = (id: string) => postGraphQL(app.fetch, 'http://test/graphql', `{ entity(id: "${id}") { name } }`);

describe('Neo4j freezes while the service runs', () => {
  it('answers QUERY_TIMEOUT soon after the timeout, and serves again once Neo4j thaws', async () => {
    expect((await ask('openai')).body.data).toEqual({ entity: { name: 'OpenAI' } });
    await neo.freeze();
    try {
      const started = Date.now();
      const frozen = await ask('deepseek'); // not asked before: no cached answer to give
      const elapsed = Date.now() - started;
      expect(codes(frozen)).toEqual(['QUERY_TIMEOUT']);
      expect(frozen.body.data).toEqual({ entity: null });
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 4_000);
    } finally {
      await neo.thaw();
    }
    for (const deadline = Date.now() + 15_000; ;) {
      const thawed = await ask('microsoft');
      if (thawed.body.data?.entity) {
        expect(thawed.body).toEqual({ data: { entity: { name: 'Microsoft' } } });
        break;
      }
      if (Date.now() > deadline)
        throw new Error(`still failing after the thaw: ${JSON.stringify(thawed.body)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 120_000);
});
