/**
 * `npm run bench:load` — sustained load on the real service (issue 8): `npm start` as a child
 * process on a Neo4j holding the seed, autocannon with 50 connections for 60 s cycling the API's
 * queries (queryMix.ts). Reports req/s, p50/p99 latency, non-2xx answers, GraphQL errors (every
 * body is checked), and the service's RSS before and after. Fails (exit 1) on any non-2xx or
 * GraphQL error. Writes bench/results/load.json.
 *
 * With --attack, the same clients at a steady rate, quiet and then beside hostile ones
 * (attack/attackRun.ts); writes bench/results/attack.{json,md}. bench/README.md has both.
 *
 *   npm run bench:load [-- --connections 50 --seconds 60 --log-level info]
 *   npm run bench:load -- --attack [--seconds 30 --rounds 1 --connections 20 --rate 50 --attack-scale 1
 *                                  --slow-sockets 5 --cache-ttl-ms 0 --out bench/results/attack]
 *   NEO4J_URI=… npm run bench:load       on an existing Neo4j (it must hold the seed)
 */
import type { ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { parseEnv } from '../../../src/config/env.js';
import { freePort } from '../../../src/neo4j/local/freePort.js';
import { resolveNeo4j } from '../../../src/neo4j/resolveNeo4j.js';
import { attackMain } from './attack/attackMain.js';
import { QUERY_MIX } from './queryMix.js';
import { runMix } from './runMix.js';
import { rssMb, startService, stopService } from './service.js';

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string' },
    seconds: { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
    attack: { type: 'boolean', default: false },
    rate: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '1' },
    'attack-scale': { type: 'string', default: '1' },
    'slow-sockets': { type: 'string', default: '5' },
    'cache-ttl-ms': { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});
const say = (msg: string) => process.stderr.write(`[bench:load] ${msg}\n`);

const env = parseEnv();
const target = await resolveNeo4j(env, { homeName: 'bench-load', log: say });
const port = await freePort();
let service: ChildProcess | undefined;
try {
  if (args.attack) {
    // The response cache is off unless asked for: the question is whether the API's own reads,
    // which need Neo4j, keep their pace beside analyst Cypher — the cache would answer most of a
    // repeating mix from memory.
    const cacheTtlMs = args['cache-ttl-ms'];
    service = await startService(target, port, args['log-level'], { NEWSGRAPH_CACHE_TTL_MS: cacheTtlMs });
    process.exitCode = await attackMain({
      base: `http://127.0.0.1:${port}`,
      port,
      target,
      say,
      out: args.out ?? fileURLToPath(new URL('../../results/attack', import.meta.url)),
      settings: {
        connections: Number(args.connections ?? 20),
        seconds: Number(args.seconds ?? 30),
        rate: Number(args.rate),
        scale: Number(args['attack-scale']),
        slowSockets: Number(args['slow-sockets']),
        hostileTimeoutMs: 20_000,
        rounds: Number(args.rounds),
      },
      extraSettings: { cacheTtlMs: Number(cacheTtlMs), logLevel: args['log-level'] },
    });
  } else {
    service = await startService(target, port, args['log-level']);
    process.exitCode = await steadyLoad(service, `http://127.0.0.1:${port}`);
  }
} finally {
  await stopService(service);
  await target.stop();
}

async function steadyLoad(service: ChildProcess, url: string): Promise<number> {
  const connections = Number(args.connections ?? 50);
  const seconds = Number(args.seconds ?? 60);
  // Warm-up at full concurrency: JIT, pools and caches reach their working size first, so the
  // RSS before/after compares two loaded states and only growth under sustained load shows.
  say(`warming up (${connections} connections, 15 s) on ${QUERY_MIX.length} queries`);
  await runMix(url, { connections, seconds: 15 });
  await new Promise((r) => setTimeout(r, 2_000));
  const rssBefore = rssMb(service.pid!);
  say(`running: ${connections} connections for ${seconds} s`);
  // RSS every 10 s during the run: a plateau is a working set, a steady climb a leak.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(Math.round(rssMb(service.pid!))), 10_000);
  const { result, graphqlErrors, firstError } = await runMix(url, { connections, seconds });
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 2_000));
  const rssAfter = rssMb(service.pid!);
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      node: process.version,
    },
    connections,
    seconds,
    logLevel: args['log-level'],
    queries: QUERY_MIX.map((q) => q.name),
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    rssMb: { before: Math.round(rssBefore), during: samples, after: Math.round(rssAfter) },
  };
  const resultFile = fileURLToPath(new URL('../../results/load.json', import.meta.url));
  const style = await prettier.resolveConfig(resultFile); // committed: formatted like the repository's other JSON
  await writeFile(
    resultFile,
    await prettier.format(JSON.stringify(report), { ...style, filepath: resultFile }),
  );
  process.stdout.write(
    [
      `${report.requests} requests in ${seconds} s with ${connections} connections: ${report.requestsPerSecond} req/s`,
      `latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms (max ${report.latencyMs.max} ms)`,
      `non-2xx ${report.non2xx}, connection errors ${report.errors}, timeouts ${report.timeouts}, GraphQL errors ${graphqlErrors}`,
      `service RSS ${report.rssMb.before} MB before, ${samples.join(' → ')} MB every 10 s, ${report.rssMb.after} MB after`,
      ...(firstError ? [`first failure: ${firstError}`] : []),
    ].join('\n') + '\n',
  );
  return report.non2xx + report.errors + report.timeouts + graphqlErrors === 0 ? 0 : 1;
}
