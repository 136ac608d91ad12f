/**
 * `Query.cypher` through the app (`app.fetch` in-process) on the seed graph: the JSON shapes of
 * nodes, relationships, paths and values; parameters; the row cap; the timeout; which errors pass
 * through and which are masked; NEWSGRAPH_CYPHER=off and =key. Also: every analyst query of the
 * library passes the gate and answers through the API exactly as it does in Neo4j.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccessSettings } from '../../src/graphql/context.js';
import type { Database } from '../../src/neo4j/Database.js';
import { query, queryNames } from '../../src/neo4j/queryLibrary.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { cypherRequest, errorOf } from './cypherRequest.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;
/** The app's access settings: a test changes Query.cypher's on this object, afterEach restores it. */
let access: AccessSettings;
let defaults: AccessSettings;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  const settings = testSettings();
  ({ access } = settings);
  defaults = structuredClone(access);
  app = createApp(new Services({ db }), settings);
});
afterEach(() => {
  Object.assign(access, structuredClone(defaults));
});
afterAll(() => db.close());

describe('answers', () => {
  it('serialises nodes as {elementId, labels, properties}, keyed by column', async () => {
    const answer = await cypherRequest(app, 'MATCH (e:Entity {id: $id}) RETURN e, e.name AS name', {
      id: 'openai',
    });
    expect(answer.errors).toBeUndefined();
    const { columns, rows, truncated } = answer.data!.cypher;
    expect(columns).toEqual(['e', 'name']);
    expect(truncated).toBe(false);
    expect(rows).toEqual([
      {
        e: {
          elementId: expect.any(String),
          labels: expect.arrayContaining(['Entity', 'Organization']),
          properties: expect.objectContaining({ id: 'openai', name: 'OpenAI', kind: 'Organization' }),
        },
        name: 'OpenAI',
      },
    ]);
  });

  it('serialises relationships and paths, their ends matching the nodes', async () => {
    const answer = await cypherRequest(
      app,
      'MATCH p = (a:Entity {id: "us-navy"})-[r:BANS]->(b:Entity) RETURN a, r, b, p',
    );
    const [row] = answer.data!.cypher.rows as Array<Record<string, Record<string, unknown>>>;
    expect(row!.r).toEqual({
      elementId: expect.any(String),
      type: 'BANS',
      startNodeElementId: row!.a!.elementId,
      endNodeElementId: row!.b!.elementId,
      properties: expect.objectContaining({
        id: 'us-navy-bans-deepseek-app',
        modality: 'confirmed',
        confidence: 0.95,
      }),
    });
    expect(row!.p).toEqual({ nodes: [row!.a, row!.b], relationships: [row!.r] });
  });

  it('gives integers as numbers (decimal strings beyond 2^53), temporals as ISO strings', async () => {
    const answer = await cypherRequest(
      app,
      "RETURN 42 AS int, 9007199254740993 AS big, 0.5 AS float, date('2025-01-28') AS day, " +
        "datetime('2025-01-28T10:00:00Z') AS at, duration('P1D') AS span, [1, 'a', null] AS list, {k: 1} AS map",
    );
    expect(answer.data!.cypher.rows).toEqual([
      {
        int: 42,
        big: '9007199254740993',
        float: 0.5,
        day: '2025-01-28',
        at: '2025-01-28T10:00:00Z',
        span: expect.stringMatching(/^P1DT/), // ISO 8601 duration, as the driver writes it
        list: [1, 'a', null],
        map: { k: 1 },
      },
    ]);
  });

  it('passes whole-number parameters as integers (LIMIT $n works), written inline or as variables', async () => {
    const answer = await cypherRequest(app, 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT $n', {
      n: 2,
    });
    expect(answer.data!.cypher.rows).toEqual([{ id: 'cctv' }, { id: 'chatgpt' }]);
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ cypher(query: "RETURN $x + 1 AS y, $s AS s", params: {x: 41, s: ["a"]}) { rows } }',
      }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      cypher: { rows: [{ y: 42, s: ['a'] }] },
    });
  });

  it('reads a variable written inside the parameters object', async () => {
    // Compiled execution (graphql-jit) would parse this literal without the request's variables.
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($x: Int) { cypher(query: "RETURN $x + 1 AS y", params: {x: $x}) { rows } }',
        variables: { x: 41 },
      }),
    });
    expect(await res.json()).toEqual({ data: { cypher: { rows: [{ y: 42 }] } } });
  });
});

describe('limits', () => {
  it('cuts rows at NEWSGRAPH_CYPHER_MAX_ROWS and says truncated', async () => {
    access.cypher.maxRows = 5;
    const over = await cypherRequest(app, 'UNWIND range(1, 6) AS x RETURN x');
    expect(over.data!.cypher).toEqual({
      columns: ['x'],
      rows: [1, 2, 3, 4, 5].map((x) => ({ x })),
      truncated: true,
      truncatedBy: 'ROWS',
    });
    const exact = await cypherRequest(app, 'UNWIND range(1, 5) AS x RETURN x');
    expect(exact.data!.cypher.truncated).toBe(false);
    expect(exact.data!.cypher.truncatedBy).toBe(null);
    // Streams, and stops: a hundred million rows do not have to be produced to answer five.
    const started = Date.now();
    const huge = await cypherRequest(app, 'UNWIND range(1, 100000000) AS x RETURN x');
    expect(huge.data!.cypher.rows).toHaveLength(5);
    expect(huge.data!.cypher.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('cuts rows at NEWSGRAPH_CYPHER_MAX_BYTES (rows as JSON) and says truncated by BYTES', async () => {
    access.cypher.maxBytes = 2048;
    // Each row is {"s":"<100 x's>"}: 108 bytes, plus a comma between rows, inside [ ]: 18 fit.
    const statement = "UNWIND range(1, 1000) AS x RETURN reduce(s = '', i IN range(1, 100) | s + 'x') AS s";
    const answer = await cypherRequest(app, statement);
    expect(answer.errors).toBeUndefined();
    const row = { s: 'x'.repeat(100) };
    expect(answer.data!.cypher).toEqual({
      columns: ['s'],
      rows: Array.from({ length: 18 }, () => row),
      truncated: true,
      truncatedBy: 'BYTES',
    });
    expect(JSON.stringify(answer.data!.cypher.rows).length).toBeLessThanOrEqual(2048);
    // Multi-byte characters count as the bytes they take (UTF-8), not as characters.
    const umlauts = await cypherRequest(app, "UNWIND range(1, 1000) AS x RETURN 'ääääääääää' AS s");
    const rows = umlauts.data!.cypher.rows;
    expect(Buffer.byteLength(JSON.stringify(rows))).toBeLessThanOrEqual(2048);
    expect(Buffer.byteLength(JSON.stringify([...rows, rows[0]]))).toBeGreaterThan(2048);
    expect(umlauts.data!.cypher.truncatedBy).toBe('BYTES');
  });

  it('lets a first row of exactly NEWSGRAPH_CYPHER_MAX_BYTES through, and refuses one byte more', async () => {
    access.cypher.maxBytes = 2000;
    // [{"s":"…"}]: 10 bytes around the string.
    const exact = await cypherRequest(app, 'RETURN reduce(s = "", i IN range(1, 1990) | s + "y") AS s');
    expect(exact.data!.cypher).toEqual({
      columns: ['s'],
      rows: [{ s: 'y'.repeat(1990) }],
      truncated: false,
      truncatedBy: null,
    });
    const more = await cypherRequest(app, 'RETURN reduce(s = "", i IN range(1, 1991) | s + "y") AS s');
    expect(errorOf(more).code).toBe('RESULT_TOO_LARGE');
  });

  it('refuses a first row larger than NEWSGRAPH_CYPHER_MAX_BYTES with RESULT_TOO_LARGE, saying how to shrink it', async () => {
    access.cypher.maxBytes = 100000;
    const answer = await cypherRequest(app, "RETURN [x IN range(1, 300000) | 'abcdefghij'] AS big");
    expect(answer.data).toBe(null);
    expect(answer.errors).toEqual([
      {
        message:
          'The first row alone is larger than answers may be: 100000 bytes as JSON (NEWSGRAPH_CYPHER_MAX_BYTES). ' +
          'Return less per row: slice long lists (list[0..100]), count them (size(list)) or return properties instead of whole nodes.',
        locations: [{ line: 1, column: 33 }],
        path: ['cypher'],
        extensions: { code: 'RESULT_TOO_LARGE', maxBytes: 100_000 },
      },
    ]);
  });

  it('stops a query that runs past NEWSGRAPH_CYPHER_TIMEOUT_MS with QUERY_TIMEOUT', async () => {
    access.cypher.timeoutMs = 500;
    const started = Date.now();
    const answer = await cypherRequest(
      app,
      'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
    );
    const elapsed = Date.now() - started;
    expect(errorOf(answer).code).toBe('QUERY_TIMEOUT');
    expect(errorOf(answer).message).toMatch(/ran longer than 500 ms and was stopped/);
    expect(elapsed).toBeLessThan(15_000);
    // And the server really stopped it: no such transaction is left running.
    const running = await db.read(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $q RETURN *',
      {
        q: 'range(1, 100000000) AS b',
      },
    );
    expect(running).toEqual([]);
  });

  it('answers QUERY_TIMEOUT soon after the timeout even when Neo4j cannot stop the query in time', async () => {
    // Neo4j checks the timeout between steps of the work; one reduce over a quadratically growing
    // string is one step, so the server runs it to its end (about 15 s on a 2-core CI machine).
    access.cypher.timeoutMs = 500;
    const statement = "RETURN size(reduce(s = '', x IN range(1, 110000) | s + 'xxxxxxxxxxxxxxxxxxxx')) AS n";
    const stillRunning = async () =>
      (
        await db.read('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $q RETURN *', {
          q: statement,
        })
      ).length > 0;
    const started = Date.now();
    const answer = await cypherRequest(app, statement);
    const elapsed = Date.now() - started;
    try {
      expect(errorOf(answer).code).toBe('QUERY_TIMEOUT');
      expect(errorOf(answer).message).toMatch(/ran longer than 500 ms/);
      expect(elapsed).toBeLessThan(8_000);
      expect(await stillRunning()).toBe(true); // the client stopped waiting; the server had not
    } finally {
      // Let the server finish it before the next test measures anything.
      for (const deadline = Date.now() + 120_000; Date.now() < deadline && (await stillRunning());)
        await new Promise((r) => setTimeout(r, 500));
    }
  }, 150_000);
});

describe('errors', () => {
  it("passes Neo4j's syntax error through as BAD_USER_INPUT, positions in the analyst's text", async () => {
    const one = errorOf(await cypherRequest(app, 'MATCH (n RETURN n'));
    expect(one.code).toBe('BAD_USER_INPUT');
    expect(one.message).toMatch(/^Invalid input 'RETURN': expected .*\(line 1, column 10 \(offset: 9\)\)/);
    expect(one.message).not.toMatch(/EXPLAIN/);
    const two = errorOf(await cypherRequest(app, 'MATCH (n)\nRETURN m'));
    expect(two.message).toMatch(/^Variable `m` not defined \(line 2, column 8 \(offset: 17\)\)/);
  });

  it('names a missing parameter, and refuses params that are not an object', async () => {
    const missing = errorOf(await cypherRequest(app, 'RETURN $nothing AS x'));
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.message).toMatch(/nothing/);
    const answer = await cypherRequest(app, 'RETURN 1 AS x', [1, 2]);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'params' });
    expect(errorOf(await cypherRequest(app, '   ')).code).toBe('BAD_USER_INPUT');
  });

  it('names an allowed procedure that fails on the analyst’s arguments (an unknown full-text index)', async () => {
    const answer = errorOf(
      await cypherRequest(
        app,
        "CALL db.index.fulltext.queryNodes('no_such_index', 'x') YIELD node RETURN node",
      ),
    );
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.message).toMatch(/no_such_index/);
    expect(answer.message).not.toMatch(/java\.|Exception/);
  });

  it('masks any other failure', async () => {
    const answer = errorOf(await cypherRequest(app, 'UNWIND [1, 0] AS x RETURN 1 / x AS y'));
    expect(answer).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' });
  });
});

describe('NEWSGRAPH_CYPHER', () => {
  const KEY = 'cypher-test-key-0123456789';

  it('off: FORBIDDEN, nothing runs', async () => {
    access.cypher.mode = 'off';
    const answer = errorOf(await cypherRequest(app, 'RETURN 1 AS x'));
    expect(answer).toMatchObject({ code: 'FORBIDDEN' });
    expect(answer.message).toMatch(/switched off/);
  });

  it('key: needs Authorization: Bearer <NEWSGRAPH_API_KEY>', async () => {
    access.cypher.mode = 'key';
    access.apiKey = access.cypher.apiKey = KEY;
    expect(errorOf(await cypherRequest(app, 'RETURN 1 AS x')).code).toBe('UNAUTHENTICATED');
    const wrong = await cypherRequest(app, 'RETURN 1 AS x', null, { authorization: `Bearer ${KEY}x` });
    expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
    const right = await cypherRequest(app, 'RETURN 1 AS x', null, { authorization: `Bearer ${KEY}` });
    expect(right.data!.cypher.rows).toEqual([{ x: 1 }]);
  });

  it('key without a key configured: FORBIDDEN (closed, not open)', async () => {
    access.cypher.mode = 'key';
    access.apiKey = access.cypher.apiKey = undefined;
    expect(errorOf(await cypherRequest(app, 'RETURN 1 AS x')).code).toBe('FORBIDDEN');
  });

  it('open (the default): no key needed', async () => {
    access.apiKey = access.cypher.apiKey = KEY;
    expect((await cypherRequest(app, 'RETURN 1 AS x')).data!.cypher.rows).toEqual([{ x: 1 }]);
  });
});

describe('the analyst library through the API', () => {
  const examples: Record<string, Record<string, unknown>> = {
    whoAccusedWhom: { accuserId: null, accusedId: 'deepseek' },
    accusationsAndDenials: { entityId: null },
    doneToEntity: { entityId: 'deepseek' },
    investigationsAndReasons: { entityId: null },
    actorNeighbourhood: { entityId: 'karoline-leavitt', hops: 2 },
    pathsBetweenActors: { fromId: 'karoline-leavitt', toId: 'deepseek' },
    mostAccused: { limit: 10 },
    mostActive: { limit: 10 },
    articleFactsWithQuotes: { articleId: 'efa1921cf80bbea2' },
    entitiesByAlias: { text: 'Weißes Haus' },
  };

  it('covers every analyst query', () => {
    const analyst = queryNames().filter((n) => query(n).includes('Example') && n in examples);
    expect(Object.keys(examples).sort()).toEqual(analyst.sort());
  });

  it.each(Object.entries(examples))('%s passes the gate and answers as in Neo4j', async (name, params) => {
    const answer = await cypherRequest(app, query(name), params);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.cypher.rows.length).toBeGreaterThan(0);
    expect(answer.data!.cypher.rows).toEqual(await db.read(query(name), params));
  });
});
