/**
 * The response cache (src/server/cache/): an identical public read is answered without Neo4j and
 * says so in `x-newsgraph-cache`, with the same body; every write through the app's Database
 * empties it (a mutation, the loader, a write that ends while a read runs); answers expire after
 * the TTL and the oldest go beyond the size bound; errors, Query.cypher and mutations are never
 * cached; while the circuit is open nothing is served from it; TTL 0 turns it off.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { CACHE_HEADER, type CacheSettings } from '../../src/server/cache/useResponseCaching.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { codes, postGraphQL, type GraphQLReply } from '../hardening/graphqlClient.js';
import { articleId, syntheticFactFile } from '../hardening/syntheticFactFile.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testSettings, type TestSettings } from '../support/appSettings.js';

const KEY = 'k3y-for-the-cache-tests-0123456789abcdef';
const STATS = '{ stats { entities relations articles } }';
const ENTITY = 'query ($id: ID!) { entity(id: $id) { id name } }';
const CACHE: CacheSettings = { ttlMs: 60_000, maxEntries: 100 };
const saved = { key: process.env.NEWSGRAPH_API_KEY, cypher: process.env.NEWSGRAPH_CYPHER };

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
});
afterAll(() => db.close());
afterEach(() => {
  for (const [name, value] of [
    ['NEWSGRAPH_API_KEY', saved.key],
    ['NEWSGRAPH_CYPHER', saved.cypher],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

interface Reply extends GraphQLReply {
  /** Cypher queries the request ran. */
  queries: number;
  cache: string | null;
}

async function ask(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Reply> {
  let queries = 0;
  const stop = db.onQuery(() => queries++);
  try {
    const r = await postGraphQL(app.fetch, 'http://test/graphql', query, variables, headers);
    return { ...r, queries, cache: r.headers.get(CACHE_HEADER) };
  } finally {
    stop();
  }
}

const appWith = (cache: CacheSettings, services = new Services({ db }), o: TestSettings = {}) =>
  createApp(services, testSettings({ ...o, cache }));

describe('a repeated public read', () => {
  it('is answered from the cache: no Cypher, the same body, x-newsgraph-cache: hit', async () => {
    const app = appWith(CACHE);
    const first = await ask(app, ENTITY, { id: 'deepseek' });
    expect(first.body.data).toEqual({ entity: { id: 'deepseek', name: 'DeepSeek' } });
    expect(first.cache).toBe('miss');
    expect(first.queries).toBeGreaterThan(0);

    const second = await ask(app, ENTITY, { id: 'deepseek' });
    expect(second.cache).toBe('hit');
    expect(second.queries).toBe(0);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('x-request-id')).toBeTruthy();
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));

    const other = await ask(app, ENTITY, { id: 'openai' }); // other variables: another answer
    expect(other.cache).toBe('miss');
    expect(other.queries).toBeGreaterThan(0);
  });

  it('expires after the TTL', async () => {
    const app = appWith({ ttlMs: 300, maxEntries: 100 });
    await ask(app, STATS);
    expect((await ask(app, STATS)).cache).toBe('hit');
    await new Promise((r) => setTimeout(r, 400));
    const later = await ask(app, STATS);
    expect(later.cache).toBe('miss');
    expect(later.queries).toBe(1);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const app = appWith({ ttlMs: 60_000, maxEntries: 2 });
    for (const id of ['deepseek', 'openai', 'microsoft']) await ask(app, ENTITY, { id });
    expect((await ask(app, ENTITY, { id: 'microsoft' })).cache).toBe('hit');
    expect((await ask(app, ENTITY, { id: 'deepseek' })).cache).toBe('miss');
  });
});

describe('writes empty the cache', () => {
  it('a mutation: the next read sees the new article', async () => {
    const app = appWith(CACHE, undefined, { apiKey: KEY });
    const before = await ask(app, STATS);
    expect((await ask(app, STATS)).cache).toBe('hit');
    const ingest = await ask(
      app,
      'mutation ($f: JSON!) { ingestArticle(factFile: $f) { articleId } }',
      { f: syntheticFactFile(41, 3) },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingest.body.errors).toBeUndefined();
    expect(ingest.cache).toBe('miss');
    const after = await ask(app, STATS);
    expect(after.cache).toBe('miss');
    expect(after.queries).toBe(1);
    const articles = (r: Reply) => (r.body.data as { stats: { articles: number } }).stats.articles;
    expect(articles(after)).toBe(articles(before) + 1);

    const removed = await ask(
      app,
      'mutation ($id: ID!) { removeArticle(id: $id) }',
      { id: articleId(41) },
      { authorization: `Bearer ${KEY}` },
    );
    expect(removed.body.data).toEqual({ removeArticle: true });
    expect(articles(await ask(app, STATS))).toBe(articles(before));
  });

  it("any write through the app's Database (the loader, db.write)", async () => {
    const app = appWith(CACHE);
    await ask(app, STATS);
    expect((await ask(app, STATS)).cache).toBe('hit');
    await loadSeedGraph(db); // what `npm start` runs for the seed
    expect((await ask(app, STATS)).cache).toBe('miss');
    expect((await ask(app, STATS)).cache).toBe('hit');
    await db.write('RETURN 1 AS nothing');
    expect((await ask(app, STATS)).cache).toBe('miss');
  });

  it('an answer computed while a write ended is not stored (it may show the graph before the write)', async () => {
    const services = new Services({ db });
    const app = appWith(CACHE, services);
    const read = db.read.bind(db);
    db.read = async (...args: Parameters<Database['read']>) => {
      const rows = await read(...args);
      await db.write('RETURN 1 AS nothing'); // a write that ends after the read's query ran
      return rows;
    };
    try {
      expect((await ask(app, STATS)).cache).toBe('miss');
    } finally {
      db.read = read;
    }
    const next = await ask(app, STATS);
    expect(next.cache).toBe('miss');
    expect(next.queries).toBe(1);
  });
});

describe('never cached', () => {
  it('an answer with an error', async () => {
    const app = appWith(CACHE);
    const query = '{ entity(id: "deepseek") { relations(first: 500) { totalCount } } }';
    const first = await ask(app, query);
    expect(codes(first)).toContain('BAD_USER_INPUT');
    const second = await ask(app, query);
    expect(second.cache).toBe('miss');
    expect(codes(second)).toEqual(codes(first));
    expect(second.queries).toBe(first.queries);
  });

  it('Query.cypher, open or behind the key: an answer given to a key holder never reaches anyone else', async () => {
    const services = new Services({ db });
    const open = appWith(CACHE, services, { cypher: { mode: 'open' } });
    const cypher = 'query ($q: String!) { cypher(query: $q) { rows } }';
    const q = { q: 'MATCH (e:Entity {id: "deepseek"}) RETURN e.name AS name' };
    for (let i = 0; i < 2; i++) {
      const r = await ask(open, cypher, q);
      expect(r.body.data).toEqual({ cypher: { rows: [{ name: 'DeepSeek' }] } });
      expect(r.cache).toBe('miss');
      expect(r.queries).toBe(2); // the plan (EXPLAIN) and the run, both times
    }
    const app = appWith(CACHE, services, { apiKey: KEY, cypher: { mode: 'key' } });
    const holder = await ask(app, cypher, q, { authorization: `Bearer ${KEY}` });
    expect(holder.body.data).toEqual({ cypher: { rows: [{ name: 'DeepSeek' }] } });
    expect((await ask(app, cypher, q, { authorization: `Bearer ${KEY}` })).cache).toBe('miss');
    const stranger = await ask(app, cypher, q);
    expect(codes(stranger)).toEqual(['UNAUTHENTICATED']);
    expect(stranger.body.data ?? null).toBeNull();
  });

  it('a mutation', async () => {
    const remove = 'mutation { removeArticle(id: "no-such-article") }';
    const keyless = appWith(CACHE, undefined, { apiKey: undefined });
    expect(codes(await ask(keyless, remove))).toEqual(['FORBIDDEN']);
    const app = appWith(CACHE, undefined, { apiKey: KEY });
    for (let i = 0; i < 2; i++) {
      const r = await ask(app, remove, undefined, { authorization: `Bearer ${KEY}` });
      expect(r.body.data).toEqual({ removeArticle: false });
      expect(r.cache).toBe('miss');
      expect(r.queries).toBeGreaterThan(0);
    }
  });
});

describe('while Neo4j is unreachable (the circuit is open)', () => {
  it('serves nothing from the cache: SERVICE_UNAVAILABLE as without it', async () => {
    const services = new Services({ db });
    const app = appWith(CACHE, services);
    await ask(app, STATS);
    expect((await ask(app, STATS)).cache).toBe('hit');
    services.circuit.open();
    try {
      const r = await ask(app, STATS);
      expect(r.status).toBe(503);
      expect(codes(r)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      services.circuit.dispose();
    }
  });
});

describe('NEWSGRAPH_CACHE_TTL_MS=0', () => {
  it('turns the cache off: every request runs its Cypher, no cache header', async () => {
    const saved = process.env.NEWSGRAPH_CACHE_TTL_MS;
    process.env.NEWSGRAPH_CACHE_TTL_MS = '0';
    try {
      const app = createApp(new Services({ db }), testSettings());
      for (let i = 0; i < 2; i++) {
        const r = await ask(app, STATS);
        expect(r.queries).toBe(1);
        expect(r.cache).toBeNull();
      }
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_CACHE_TTL_MS;
      else process.env.NEWSGRAPH_CACHE_TTL_MS = saved;
    }
  });
});
