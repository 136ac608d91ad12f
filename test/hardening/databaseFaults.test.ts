/**
 * Neo4j goes away while the service runs, and comes back: /ready turns 503 within 5 s, GraphQL
 * requests fail fast with SERVICE_UNAVAILABLE (timed), the process stays up and its heap does not
 * grow, and once Neo4j is back the service answers correctly within 10 s without a restart. A
 * service started while Neo4j is down retries, reports not-ready, and becomes ready when it appears.
 * The tests use a Neo4j of their own (ownNeo4j.ts): stopping the shared one would break other files.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { codes, postGraphQL } from './graphqlClient.js';
import { OwnNeo4j } from './ownNeo4j.js';
import { Service } from './service.js';
import { testSettings } from '../support/appSettings.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const STATS = '{ stats { entities relations articles } }';
let neo: OwnNeo4j;
let db: Database;
let app: App;
let expected: unknown;

const stats = () => postGraphQL(app.fetch, 'http://test/graphql', STATS);
const ready = async () => (await app.fetch('http://test/ready')).status;

beforeAll(async () => {
  neo = await OwnNeo4j.create('faults');
  db = new Database(await neo.start());
  await applySchema(db);
  await loadSeedGraph(db);
  app = createApp(new Services({ db }), testSettings());
  expected = (await stats()).body.data;
  expect(expected).toMatchObject({ stats: { articles: 1 } });
});
afterAll(async () => {
  await db?.close();
  await neo?.remove();
});

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

/** `n` requests, `parallel` at a time; returns the slowest one's duration (ms). */
async function failingRequests(n: number, parallel: number): Promise<number> {
  let slowest = 0;
  for (let done = 0; done < n; done += parallel) {
    await Promise.all(
      Array.from({ length: Math.min(parallel, n - done) }, async () => {
        const started = Date.now();
        const r = await stats();
        slowest = Math.max(slowest, Date.now() - started);
        expect(r.status).toBe(503);
        expect(codes(r)).toEqual(['SERVICE_UNAVAILABLE']);
      }),
    );
  }
  return slowest;
}

describe('Neo4j stops while the service runs', () => {
  it('fails fast and stays small while Neo4j is down, and serves again within 10 s once it is back', async () => {
    expect(await ready()).toBe(200);
    await neo.stop();

    // The first request after the outage waits out the driver's retries, within the query timeout.
    const first = Date.now();
    expect(codes(await stats())).toEqual(['SERVICE_UNAVAILABLE']);
    const firstMs = Date.now() - first;
    const notReadyAfter = await until(async () => (await ready()) === 503, 5_000);
    // From then on the circuit is open: every request fails at once.
    const slowest = await failingRequests(20, 1);
    process.stdout.write(
      `first request after the outage failed in ${firstMs} ms; /ready 503 ${notReadyAfter} ms later; ` +
        `then the slowest failing request took ${slowest} ms\n`,
    );
    expect(firstMs).toBeLessThan(10_000);
    expect(slowest).toBeLessThan(500);

    await failingRequests(100, 50); // warm-up: first-time allocations are not growth
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const slowestUnderLoad = await failingRequests(1_000, 100);
    gc();
    const growth = process.memoryUsage().heapUsed - heapBefore;
    process.stdout.write(
      `1000 failing requests: slowest ${slowestUnderLoad} ms, heap growth ${(growth / 1e6).toFixed(1)} MB\n`,
    );
    expect(slowestUnderLoad).toBeLessThan(2_000);
    expect(growth).toBeLessThan(10e6);

    await neo.start();
    const servingAfter = await until(
      async () => JSON.stringify((await stats()).body.data) === JSON.stringify(expected),
      10_000,
    );
    process.stdout.write(`correct answers ${servingAfter} ms after Neo4j served queries again\n`);
    expect(await ready()).toBe(200);
  }, 240_000);
});

describe('the service starts while Neo4j is down', () => {
  it('retries with backoff, reports not-ready, and becomes ready when Neo4j appears', async () => {
    await neo.stop();
    const service = await Service.start({
      NEO4J_URI: neo.uri,
      NEO4J_PASSWORD: '',
      NEWSGRAPH_NEO4J_WAIT: '300',
    });
    try {
      for (let i = 0; i < 5; i++) {
        expect(await service.status('/ready')).toBe(503);
        await new Promise((r) => setTimeout(r, 400));
      }
      const r = await postGraphQL(fetch, `${service.base}/graphql`, STATS);
      expect(codes(r)).toEqual(['SERVICE_UNAVAILABLE']);

      await neo.start();
      const readyAfter = await service.until(
        async () => (await service.status('/ready')) === 200,
        10_000,
        'become ready',
      );
      process.stdout.write(`service ready ${readyAfter} ms after Neo4j served queries\n`);
      expect((await postGraphQL(fetch, `${service.base}/graphql`, STATS)).body.data).toEqual(expected);
      expect(service.output()).toMatch(/not reachable yet .*retrying in \d+ ms/);
    } finally {
      service.kill('SIGTERM');
      expect(await service.exited).toBe(0);
    }
  }, 300_000);
});
