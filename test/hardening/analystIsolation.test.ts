/**
 * Analysts' Cypher (`Query.cypher`) cannot take the API down: it runs on a pool of its own, at
 * most NEWSGRAPH_CYPHER_CONCURRENCY queries at once and NEWSGRAPH_CYPHER_CONCURRENCY_PER_CLIENT
 * per client (429 with Retry-After and RATE_LIMITED past either), a query Neo4j cannot interrupt
 * keeps its slot until Neo4j lets go of it, and answers are capped in bytes. Measured over real
 * HTTP (loopback): a bounded flood of hostile analyst queries while the API's own reads are timed
 * against a quiet baseline taken in the same test, and /health and /ready are watched.
 */
import { spawn } from 'node:child_process';
import http, { type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccessSettings } from '../../src/graphql/context.js';
import { inject } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import type { AnalystRunner } from '../../src/cypher/AnalystRunner.js';
import { openAnalystRunner } from '../../src/cypher/openAnalystRunner.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { boundPort, listen } from '../../src/server/listen.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { codes, postGraphQL, type GraphQLReply } from './graphqlClient.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let analystRunner: AnalystRunner;
let services: Services;
/** The app's access settings: a test changes Query.cypher's on this object, afterEach restores it. */
let access: AccessSettings;
let defaults: AccessSettings;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  services = new Services({ db });
  // A pool of two, so that the limits test can allow two in all (the default is one).
  analystRunner = openAnalystRunner(inject('neo4j'), parseEnv({ NEWSGRAPH_CYPHER_CONCURRENCY: '2' }));
  services.useAnalyst(analystRunner);
  const settings = testSettings({ cache: { ttlMs: 0, maxEntries: 1 } });
  ({ access } = settings);
  defaults = structuredClone(access);
  const app = createApp(services, settings);
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${boundPort(server)}`;
});

afterEach(() => {
  Object.assign(access, structuredClone(defaults));
});

afterAll(async () => {
  // Leftovers would burn the next test file's CPU: give them a while to end.
  await untilNoAnalystQueryRuns(60_000).catch(() => undefined);
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  services?.circuit.dispose();
  await analystRunner?.close();
  await db?.close();
}, 120_000);

/**
 * fetch over a fresh connection each time (Connection: close): hundreds of requests a second
 * on reused keep-alive sockets would also measure the races of idle sockets being closed.
 */
function fetchOnce(url: string, init: RequestInit = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers = { ...(init.headers as Record<string, string> | undefined) };
    const req = http.request(url, { method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          if (typeof value === 'string') responseHeaders.set(name, value);
        resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: responseHeaders }));
      });
    });
    req.on('error', reject);
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

const FLOOD_SCRIPT = fileURLToPath(new URL('./analystFlood.mjs', import.meta.url));

const CYPHER = 'query ($q: String!) { cypher(query: $q) { rows truncated truncatedBy } }';

/** Query.cypher over HTTP, as the client behind `forwardedFor` (NEWSGRAPH_TRUST_PROXY=true). */
function analyst(statement: string, forwardedFor?: string): Promise<GraphQLReply> {
  return postGraphQL(
    fetchOnce,
    `${base}/graphql`,
    CYPHER,
    { q: statement },
    {
      ...(forwardedFor ? { 'x-forwarded-for': `203.0.113.250, ${forwardedFor}` } : {}),
    },
  );
}

/** Interruptible and slow: Neo4j stops it at the transaction timeout. */
const CARTESIAN = 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n';
/** CPU-bound in one expression: Neo4j cannot stop it before it ends (seconds past the timeout). */
const reduce = (n: number) => `RETURN reduce(s = 0, x IN range(1, ${n}) | s + x) AS v`;
/** One row of about 12.9 MB. */
const BIG_ROW = "RETURN [x IN range(1, 300000) | 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] AS big";

/** Analyst transactions still alive in Neo4j (found by their transaction metadata). */
async function analystTransactions(): Promise<Array<{ requestId: string; status: string }>> {
  const rows = await db.read(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.tag = 'Query.cypher' " +
      'RETURN metaData.requestId AS requestId, status',
  );
  return rows as Array<{ requestId: string; status: string }>;
}

async function untilNoAnalystQueryRuns(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await analystTransactions()).length > 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`analyst queries still run after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - started;
}

/** Runs analystFlood.mjs: hostile analysts in a process of their own; their status counts. */
async function attack(
  ms: number,
  loops: number,
  statements: string[],
): Promise<{ counts: Record<string, number>; retryAfter: number }> {
  const child = spawn(
    process.execPath,
    [FLOOD_SCRIPT, `${base}/graphql`, String(ms), String(loops), JSON.stringify(statements)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`analystFlood.mjs exited with ${String(code)}: ${out}`);
  return JSON.parse(out) as { counts: Record<string, number>; retryAfter: number };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

describe('limits', () => {
  it('refuses a client past its limit with 429, Retry-After and RATE_LIMITED; others still run', async () => {
    access.cypher.timeoutMs = 1500;
    access.cypher.trustProxy = true;
    // One query at a time per client (the default) and two in all, so that a client's own
    // limit shows apart from the overall one.
    access.cypher.slots = { ...access.cypher.slots, overall: 2 };
    const first = [analyst(CARTESIAN, '198.51.100.1')];
    await new Promise((r) => setTimeout(r, 300));
    const third = await analyst(CARTESIAN, '198.51.100.1');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(third.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'Too many Query.cypher queries of yours are still running (NEWSGRAPH_CYPHER_CONCURRENCY_PER_CLIENT). ' +
            'Wait for them and try again in 2 s.',
          locations: [{ line: 1, column: 23 }],
          path: ['cypher'],
          extensions: { code: 'RATE_LIMITED', limit: 'CLIENT', retryAfterSeconds: 2 },
        },
      ],
    });
    // Another client is not affected by the first one's limit …
    const other = await analyst('RETURN 1 AS one', '198.51.100.2');
    expect(other.body).toEqual({
      data: { cypher: { rows: [{ one: 1 }], truncated: false, truncatedBy: null } },
    });
    // … until everyone together reaches the overall limit.
    const more = [analyst(CARTESIAN, '198.51.100.3')];
    await new Promise((r) => setTimeout(r, 300));
    const fifth = await analyst('RETURN 1 AS one', '198.51.100.5');
    expect(fifth.status).toBe(429);
    expect(fifth.body.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      limit: 'OVERALL',
      retryAfterSeconds: 2,
    });
    for (const r of await Promise.all([...first, ...more])) expect(codes(r)).toEqual(['QUERY_TIMEOUT']);
    // Slots come back once Neo4j has let go of the queries.
    await untilNoAnalystQueryRuns(30_000);
    await new Promise((r) => setTimeout(r, 100));
    expect((await analyst('RETURN 1 AS one', '198.51.100.1')).status).toBe(200);
    expect(services.analyst.slots.inUse).toBe(0);
  });

  it('keeps the slot of a query Neo4j cannot stop until Neo4j lets go of it (the reduce runs on)', async () => {
    access.cypher.timeoutMs = 1000;
    access.cypher.trustProxy = true;
    // Two in all, so that a leftover visibly keeps its own client's slot and nobody else's.
    access.cypher.slots = { ...access.cypher.slots, overall: 2 };
    const client = '198.51.100.10';
    // Warm it up first: a cold JVM happens to interrupt the first runs; a warm one never does.
    for (let i = 0; i < 3; i++) {
      await analyst(reduce(30_000_000), client);
      await untilNoAnalystQueryRuns(60_000);
    }
    const started = Date.now();
    // Long enough that even a quiet machine's warm JVM cannot finish it before the deadline.
    const both = [await analyst(reduce(1_500_000_000), client)];
    const answeredMs = Date.now() - started;
    for (const r of both) expect(codes(r)).toEqual(['QUERY_TIMEOUT']);
    expect(answeredMs).toBeLessThan(1_000 + 2_000 + 2_000);
    const left = await analystTransactions();
    const refused = await analyst('RETURN 1 AS one', client);
    const other = await analyst('RETURN 1 AS one', '198.51.100.11');
    const goneMs = (await untilNoAnalystQueryRuns(180_000)) + (Date.now() - started - answeredMs);
    console.log(
      `reduce(1..1.5e9) with a 1000 ms timeout: answered QUERY_TIMEOUT after ${answeredMs} ms; ` +
        `ran on in Neo4j for ${goneMs} ms after that (statuses then: ${left.map((t) => t.status).join('; ')})`,
    );
    if (left.length > 0) {
      // It outlived its deadline: its client's slots stay taken meanwhile, nobody else's.
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    expect(other.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(services.analyst.slots.inUse).toBe(0);
    expect((await analyst('RETURN 1 AS one', client)).status).toBe(200);
  }, 240_000);
});

describe('under a flood of hostile analyst queries', () => {
  const apiReads = [
    '{ entity(id: "openai") { name accuses(first: 5) { nodes { object { name } } } } }',
    '{ neighborhood(id: "deepseek", hops: 2) { nodes { id } edges { id } } }',
    '{ stats { articles } }',
  ];

  async function measureApi(
    untilMs: number,
    minCount: number,
  ): Promise<{ ms: number[]; failures: string[] }> {
    const ms: number[] = [];
    const failures: string[] = [];
    for (let i = 0; Date.now() < untilMs || i < minCount; i++) {
      const query = apiReads[i % apiReads.length]!;
      const { ms: took, value } = await timed(() => postGraphQL(fetchOnce, `${base}/graphql`, query));
      ms.push(took);
      if (value.status !== 200 || value.body.errors)
        failures.push(`${value.status} ${value.text.slice(0, 200)}`);
    }
    return { ms, failures };
  }

  it('the API reads stay fast, /ready and /health stay 200, and the flood gets 429s', async () => {
    access.cypher.timeoutMs = 2000;
    access.cypher.trustProxy = true;
    // Warm-up, then the quiet baseline.
    await measureApi(0, 30);
    const quiet = await measureApi(0, 90);
    expect(quiet.failures).toEqual([]);

    const FLOOD_MS = 15_000;
    const floodEnds = Date.now() + FLOOD_MS;
    const hostile = [
      reduce(200_000_000),
      CARTESIAN,
      BIG_ROW,
      "CALL db.index.fulltext.queryNodes('connect','x') YIELD node RETURN node",
    ];
    const flood = attack(FLOOD_MS, 32, hostile);
    const probes: Array<{ path: string; status: number; ms: number }> = [];
    const prober = async () => {
      while (Date.now() < floodEnds) {
        for (const path of ['/ready', '/health']) {
          const { ms, value } = await timed(async () => (await fetchOnce(base + path)).status);
          probes.push({ path, status: value, ms });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // let the flood build up
    const [flooded, , { counts, retryAfter }] = await Promise.all([
      measureApi(floodEnds, 30),
      prober(),
      flood,
    ]);

    const quietP95 = p95(quiet.ms);
    const floodP95 = p95(flooded.ms);
    const leftoverMs = await untilNoAnalystQueryRuns(180_000);
    console.log(
      `API reads p95: quiet ${quietP95.toFixed(1)} ms (n=${quiet.ms.length}), under the flood ${floodP95.toFixed(1)} ms ` +
        `(n=${flooded.ms.length}); flood statuses ${JSON.stringify(counts)}; ` +
        `/health max ${Math.max(...probes.filter((p) => p.path === '/health').map((p) => p.ms)).toFixed(0)} ms; ` +
        `analyst leftovers gone ${leftoverMs} ms after the flood`,
    );
    expect(flooded.failures).toEqual([]);
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
    expect(counts[429] ?? 0).toBeGreaterThan(0);
    expect(retryAfter).toBe(counts[429]);
    // Generous: the attack's own requests (hundreds a second, each parsed and refused) and the two
    // analyst queries it keeps running share the same small machine with the API.
    expect(floodP95).toBeLessThan(Math.max(5 * quietP95, quietP95 + 750));
    expect(services.circuit.isOpen).toBe(false);
  }, 300_000);
});

describe('large rows', () => {
  it('/health answers at once while several queries return rows of megabytes', async () => {
    access.cypher.trustProxy = true;
    access.cypher.timeoutMs = 20000;
    await untilNoAnalystQueryRuns(180_000);
    const health = async () => {
      const { ms, value } = await timed(async () => (await fetchOnce(`${base}/health`)).status);
      expect(value).toBe(200);
      return ms;
    };
    const quietMs: number[] = [];
    for (let i = 0; i < 40; i++) quietMs.push(await health());
    let running = true;
    const healthMs: number[] = [];
    const prober = (async () => {
      while (running) {
        healthMs.push(await health());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    // Twelve clients at once, each asking again as soon as it is answered, for 10 s.
    const { counts } = await attack(10_000, 12, [BIG_ROW]);
    running = false;
    await prober;
    console.log(
      `12 clients asking for a 12.9 MB row for 10 s: statuses ${JSON.stringify(counts)}; ` +
        `/health max ${Math.max(...healthMs).toFixed(0)} ms ` +
        `(quiet: max ${Math.max(...quietMs).toFixed(0)} ms)`,
    );
    expect(counts[429] ?? 0).toBeGreaterThan(0);
    await untilNoAnalystQueryRuns(60_000);
    await new Promise((r) => setTimeout(r, 500));
    const tooLarge = await analyst(BIG_ROW);
    expect(tooLarge.body.errors?.[0]?.extensions?.code).toBe('RESULT_TOO_LARGE');
    // Quickly — not behind the rows (the issue measured 17 s): within a few seconds even on a
    // busy 2-core machine, where the process still has to receive each refused row once.
    expect(Math.max(...healthMs)).toBeLessThan(Math.max(3_000, 4 * Math.max(...quietMs)));
    const small = await analyst(
      "UNWIND range(1, 1000) AS x RETURN reduce(s = '', i IN range(1, 200) | s + 'xxxxxxxxxx') AS s",
    );
    expect(small.body.data?.cypher).toMatchObject({ truncated: true, truncatedBy: 'BYTES' });
    expect(
      Buffer.byteLength(JSON.stringify((small.body.data!.cypher as { rows: unknown[] }).rows)),
    ).toBeLessThanOrEqual(1_048_576);
  }, 120_000);
});
