/**
 * `npm run bench:load` — sustained load on the real service (issue 8): `npm start` as a child
 * process on a Neo4j holding the seed, autocannon with 50 connections for 60 s cycling the API's
 * queries (queryMix.ts). Reports req/s, p50/p99 latency, non-2xx answers, GraphQL errors (every
 * body is checked), and the service's RSS before and after. Fails (exit 1) on any non-2xx or
 * GraphQL error. Writes bench/load/http/latest.json.
 *
 *   npm run bench:load [-- --connections 50 --seconds 60 --log-level info]
 *   NEO4J_URI=… npm run bench:load       on an existing Neo4j (it must hold the seed)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import { parseEnv } from '../../../src/config/env.js';
import { freePort } from '../../../src/neo4j/local/freePort.js';
import type { Neo4jTarget } from '../../../src/neo4j/Neo4jTarget.js';
import { resolveNeo4j } from '../../../src/neo4j/resolveNeo4j.js';
import { QUERY_MIX } from './queryMix.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'log-level': { type: 'string', default: 'info' },
  },
});
const say = (msg: string) => process.stderr.write(`[bench:load] ${msg}\n`);

/** Resident set size of a process (MB), from ps (Linux and macOS). */
function rssMb(pid: number): number {
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

async function startService(target: Neo4jTarget, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      PORT: String(port),
      NEWSGRAPH_SEED: 'seed',
      LOG_LEVEL: args['log-level'],
    },
    stdio: ['ignore', 'ignore', 'inherit'], // request logs are written (as in production) and dropped
  });
  for (const deadline = Date.now() + 180_000; Date.now() < deadline;) {
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the service was not ready within 180 s');
}

function run(url: string, connections: number, seconds: number) {
  let graphqlErrors = 0;
  let firstError = '';
  const requests = QUERY_MIX.map((q) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors"')) {
        graphqlErrors++;
        firstError ||= `${q.name}: ${body.slice(0, 300)}`;
      }
    },
  }));
  return new Promise<{ result: autocannon.Result; graphqlErrors: number; firstError: string }>(
    (resolve, reject) => {
      autocannon({ url, connections, duration: seconds, requests }, (err, result) =>
        err ? reject(err) : resolve({ result, graphqlErrors, firstError }),
      );
    },
  );
}

const env = parseEnv();
const connections = Number(args.connections);
const seconds = Number(args.seconds);
const target = await resolveNeo4j(env, { homeName: 'bench-load', log: say });
const port = await freePort();
let service: ChildProcess | undefined;
try {
  service = await startService(target, port);
  const url = `http://127.0.0.1:${port}`;
  // Warm-up at full concurrency: JIT, pools and caches reach their working size first, so the
  // RSS before/after compares two loaded states and only growth under sustained load shows.
  say(`warming up (${connections} connections, 15 s) on ${QUERY_MIX.length} queries`);
  await run(url, connections, 15);
  await new Promise((r) => setTimeout(r, 2_000));
  const rssBefore = rssMb(service.pid!);
  say(`running: ${connections} connections for ${seconds} s`);
  // RSS every 10 s during the run: a plateau is a working set, a steady climb a leak.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(Math.round(rssMb(service!.pid!))), 10_000);
  const { result, graphqlErrors, firstError } = await run(url, connections, seconds);
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
  const resultFile = fileURLToPath(new URL('./latest.json', import.meta.url));
  const style = await prettier.resolveConfig(resultFile); // committed: formatted as `npm run check` wants
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
      ...(firstError ? [`first GraphQL error: ${firstError}`] : []),
    ].join('\n') + '\n',
  );
  process.exitCode = report.non2xx + report.errors + report.timeouts + graphqlErrors === 0 ? 0 : 1;
} finally {
  service?.kill('SIGTERM');
  await new Promise((r) => (service && service.exitCode === null ? service.once('exit', r) : r(null)));
  await target.stop();
}
