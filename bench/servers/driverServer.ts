/**
 * The floor: the exact Cypher our API runs for each benchmark request (recorded by
 * harness/recordQueries.ts), replayed through neo4j-driver with no GraphQL at all — each wave of
 * concurrent queries with Promise.all, rows serialised with JSON.stringify. Two ways to drive it:
 *   POST /replay {q, i}                    one request over HTTP (autocannon, like the APIs);
 *   POST /closed-loop {q, connections, ms} an in-process closed loop, no HTTP at all.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { boundPort } from '../../src/server/listen.js';
import { decodeParams, type RecordedQuery } from '../harness/recordQueries.js';
import { announceReady, closeOnSignal, coordinatesFromEnv } from './childReady.js';

type Replay = { wave: number; query: string; params: Record<string, unknown> }[];

const file = process.env.BENCH_RECORDINGS;
if (!file) throw new Error('BENCH_RECORDINGS (the recorded queries) is not set');
const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RecordedQuery[][]>;
const recordings = new Map(
  Object.entries(raw).map(([q, list]) => [
    q,
    list.map((qs) => qs.map((r) => ({ ...r, params: decodeParams(r.params) }))) as Replay[],
  ]),
);

const c = coordinatesFromEnv();
const driver: Driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
  disableLosslessIntegers: true,
  userAgent: 'bench-driver',
});

/** As our Database.read runs a query: auto-commit in a READ session (one round trip, no BEGIN/COMMIT). */
async function read(query: string, params: Record<string, unknown>): Promise<unknown[]> {
  const session = driver.session({ database: c.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(query, params);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

async function replay(replay: Replay): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (let i = 0, j = 0; i < replay.length; i = j) {
    const wave = replay[i]!.wave;
    while (j < replay.length && replay[j]!.wave === wave) j++;
    const results = await Promise.all(replay.slice(i, j).map((r) => read(r.query, r.params)));
    for (const result of results) rows.push(...result);
  }
  return rows;
}

function pick(q: string, i: number): Replay {
  const list = recordings.get(q);
  if (!list?.length) throw new Error(`No recordings for question ${q}`);
  return list[i % list.length]!;
}

async function closedLoop(q: string, connections: number, ms: number) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const end = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        JSON.stringify(await replay(pick(q, next++)));
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (x: number) => latencies[Math.min(latencies.length - 1, Math.floor(x * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, rps: latencies.length / seconds, p50: p(0.5), p99: p(0.99) };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (d: Buffer) => chunks.push(d));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    const work =
      req.url === '/closed-loop'
        ? closedLoop(String(body.q), Number(body.connections), Number(body.ms))
        : replay(pick(String(body.q), Number(body.i)));
    work.then(
      (out) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out));
      },
      (err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: err.message }));
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => announceReady(boundPort(server)));
closeOnSignal(async () => {
  server.close();
  await driver.close();
});
