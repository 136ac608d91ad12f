/** The HTTP app in-process (`app.fetch`) against the test run's real Neo4j: health, readiness, GraphQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('health and readiness', () => {
  it('/health answers 200 before Neo4j is connected; /ready answers 503', async () => {
    const app = createApp(new Services(), testSettings());
    expect((await app.fetch('http://test/health')).status).toBe(200);
    expect((await app.fetch('http://test/ready')).status).toBe(503);
  });

  it('/ready answers 200 once Neo4j answers and the schema is applied', async () => {
    const app = createApp(new Services({ db }), testSettings());
    expect((await app.fetch('http://test/ready')).status).toBe(200);
  });

  it('GraphQL answers SERVICE_UNAVAILABLE while Neo4j is not connected', async () => {
    const app = createApp(new Services(), testSettings());
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
