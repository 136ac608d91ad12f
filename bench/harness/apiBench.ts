/**
 * Measurement 1, 2 and 5 at one corpus size: the questions through newsgraph's /graphql,
 * through the peer (@neo4j/graphql) and through the driver floor (the same Cypher, recorded from
 * our API, replayed with neo4j-driver), each with the same autocannon settings, interleaved per
 * question; plus the floor as an in-process closed loop without HTTP, and our server's peak RSS.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEnv } from '../../src/config/env.js';
import type { Database } from '../../src/neo4j/Database.js';
import { appSettings } from '../../src/server/appSettings.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import type { Probes } from '../corpus/probes.js';
import { startChild, type Child } from './children.js';
import { runLoad, type LoadResult } from './load.js';
import { QUESTION_KEYS, QUESTIONS, type Question, type QuestionKey } from './questions.js';
import { recordRequest, type RecordedQuery } from './recordQueries.js';
import type { Coordinates } from '../servers/childReady.js';

export interface BenchSettings {
  /** Also measure our schema on a bare yoga, and with graphql-jit (servers/variantServer.ts). */
  variants: boolean;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /**
   * Runs of "ours, cache off" and of the driver floor per question, alternating (driver, ours,
   * driver, ours, …); each reports its median run by p50. One run each swung the ratio by ±0.4 on
   * a 2-core machine, where a few busy seconds land on whichever system runs then.
   */
  rounds: number;
  /**
   * Also replay the floor's Cypher in-process, without HTTP ("direct"): a diagnostic, in no ratio.
   * Off in --quick, where its ~6 s per question took the run past 3 minutes.
   */
  direct: boolean;
}

export interface DirectResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface QuestionResult {
  /** Our server as `npm start` runs it: the response cache on (2 s), so repeated probes are hits. */
  ours: LoadResult;
  /** The same server with the cache off (NEWSGRAPH_CACHE_TTL_MS=0): every request reaches Neo4j. */
  oursNoCache: LoadResult;
  /** Absent for the questions the peer cannot ask (questions.ts). */
  peer?: LoadResult;
  driver: LoadResult;
  /** Absent when settings.direct is off (--quick). */
  driverDirect?: DirectResult;
  /** Cypher queries our API ran per request (mean over the probes) — all in the floor's replay. */
  oursQueriesPerRequest: number;
  /** Every round of the two systems the overhead ratio compares, in the order run. */
  rounds: { driver: LoadResult[]; oursNoCache: LoadResult[] };
  /** With --variants: our schema and resolvers without createApp's plugins, and with graphql-jit. */
  variants?: { bare: LoadResult; jit: LoadResult };
}

export interface ApiBenchResult {
  questions: Record<QuestionKey, QuestionResult>;
  oursPeakRssMb: number | null;
  oursNoCachePeakRssMb: number | null;
  peerPeakRssMb: number | null;
}

/**
 * Our API's query limits for the bench. The defaults (depth 10, cost 5000) reject question b —
 * graphql-armor counts fragment spreads as depth (13) and its cost model multiplies by every
 * `first` down the tree (≈ 2 million) — so the bench raises exactly these two; the report says so.
 */
export const OURS_LIMITS = { NEWSGRAPH_MAX_DEPTH: '16', NEWSGRAPH_MAX_COST: '100000000' };
const LIMITS = {
  maxDepth: 16,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1000,
  maxCost: 100_000_000,
  maxBodyBytes: 102_400,
};
const MIN_REQUESTS = 20;
const MAX_WARMUP_SECONDS = 120;
const WARMUP_STEP_SECONDS = 4;
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });

function graphqlCheck(items: (data: Record<string, unknown>) => unknown[] | undefined) {
  return (body: string) => {
    const json = JSON.parse(body) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (json.errors?.length) return `GraphQL error: ${json.errors[0]!.message}`;
    const list = items(json.data ?? {});
    if (!list) return `no data in ${body.slice(0, 200)}`;
    return list.length === 0 ? 'empty' : 'ok';
  };
}

/**
 * Sends every probe of every question through our app in-process and records the Cypher it runs
 * — with the response cache off, so a repeated probe is recorded with its queries, not as a hit.
 */
export async function recordOurQueries(db: Database, probes: Probes, count: number) {
  const app = createApp(new Services({ db }), {
    ...appSettings(parseEnv()),
    limits: LIMITS,
    cache: { ttlMs: 0, maxEntries: 1 },
  });
  const out = {} as Record<QuestionKey, RecordedQuery[][]>;
  for (const key of QUESTION_KEYS) {
    out[key] = [];
    for (let i = 0; i < count; i++) {
      const body = JSON.stringify({
        query: QUESTIONS[key].ours,
        variables: QUESTIONS[key].variables(probes, i),
      });
      const { queries, response } = await recordRequest(app, db, body, JSON_HEADERS);
      const verdict = graphqlCheck(QUESTIONS[key].oursItems)(JSON.stringify(response));
      if (verdict !== 'ok' && verdict !== 'empty') throw new Error(`question ${key}, probe ${i}: ${verdict}`);
      out[key].push(queries);
    }
  }
  return out;
}

export async function apiBench(
  target: Coordinates,
  db: Database,
  probes: Probes,
  probeCount: number,
  s: BenchSettings,
  workDir: string,
  log: (m: string) => void,
  /** Neo4j's process, when it runs on this machine: its CPU per request is reported too. */
  neo4jPid: number | null = null,
): Promise<ApiBenchResult> {
  log('  recording the Cypher our API runs for each probe');
  const recordings = await recordOurQueries(db, probes, probeCount);
  await mkdir(workDir, { recursive: true });
  const recordingsFile = path.join(workDir, 'recordings.json');
  await writeFile(recordingsFile, JSON.stringify(recordings));
  const env = {
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    LOG_LEVEL: 'warn',
  };
  const children: Child[] = [];
  try {
    const ours = await startChild('ours', 'oursServer.ts', { ...env, ...OURS_LIMITS });
    children.push(ours);
    const oursNoCache = await startChild('ours-nocache', 'oursServer.ts', {
      ...env,
      ...OURS_LIMITS,
      NEWSGRAPH_CACHE_TTL_MS: '0',
    });
    children.push(oursNoCache);
    const peer = await startChild('peer', 'peerServer.ts', env);
    children.push(peer);
    const driver = await startChild('driver', 'driverServer.ts', {
      ...env,
      BENCH_RECORDINGS: recordingsFile,
    });
    children.push(driver);
    const variants = s.variants
      ? await Promise.all(
          (['bare', 'jit'] as const).map((v) =>
            startChild(v, 'variantServer.ts', { ...env, BENCH_VARIANT: v }),
          ),
        )
      : [];
    children.push(...variants);
    const questions = {} as Record<QuestionKey, QuestionResult>;
    for (const key of QUESTION_KEYS) {
      const q = QUESTIONS[key];
      const run = async (name: string, spec: Parameters<typeof runLoad>[0], warm = true) => {
        // Warm until every connection has had an answer: a cold system plans each new query
        // first (the peer's generated Cypher for b takes many seconds), which is not its speed.
        // Bounded by time, not by rounds: with --quick's 1 s warm-up, four doublings (15 s) ended
        // before the peer had planned b once, and its measured run then got no answer at all.
        // After the first, steps of equal length, not doubling ones: a doubling step overshot the
        // end of planning by up to its own length (the peer's b warmed for 63 s in --quick).
        const step = Math.max(s.warmupSeconds, WARMUP_STEP_SECONDS);
        for (
          let spent = 0, seconds = s.warmupSeconds;
          warm && spent < MAX_WARMUP_SECONDS;
          spent += seconds, seconds = step
        )
          if ((await runLoad({ ...spec, seconds })).requests >= spec.connections) break;
        let r = await runLoad(spec);
        // Too few answers for percentiles (a slow system in a short run): measure longer.
        if (r.requests < MIN_REQUESTS) {
          const seconds = Math.max(20, 4 * spec.seconds);
          log(`  ${key} ${name}: only ${r.requests} answers in ${spec.seconds} s; measuring ${seconds} s`);
          r = await runLoad({ ...spec, seconds });
        }
        log(
          `  ${key} ${name.padEnd(12)} p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.rps.toFixed(1)} req/s  (${r.requests} requests, ${r.non200 + r.invalid + r.transportErrors} bad, ${r.empty} empty)${cpuText(r)}`,
        );
        if (r.firstProblem) log(`    first problem: ${r.firstProblem}`);
        return r;
      };
      const common = {
        connections: s.connections,
        seconds: s.seconds,
        path: '/graphql',
        headers: JSON_HEADERS,
      };
      // Where each request's CPU goes, for the two systems of the overhead ratio.
      const cpuOf = (server: Child) => ({ server: server.pid, ...(neo4jPid ? { neo4j: neo4jPid } : {}) });
      const rounds = { driver: [] as LoadResult[], oursNoCache: [] as LoadResult[] };
      for (let round = 0; round < s.rounds; round++) {
        rounds.driver.push(
          await run(
            'driver',
            {
              ...common,
              port: driver.port,
              cpuOf: cpuOf(driver),
              path: '/replay',
              body: (i) => JSON.stringify({ q: key, i: i % probeCount }),
              check: (b) =>
                b.startsWith('[]') ? 'empty' : b.startsWith('[') ? 'ok' : `driver: ${b.slice(0, 200)}`,
            },
            round === 0,
          ),
        );
        rounds.oursNoCache.push(
          await run(
            'ours-nocache',
            {
              ...common,
              port: oursNoCache.port,
              cpuOf: cpuOf(oursNoCache),
              ...bodies(q, 'ours', probes, probeCount),
            },
            round === 0,
          ),
        );
      }
      const driverRun = medianRun(rounds.driver);
      const oursNoCacheRun = medianRun(rounds.oursNoCache);
      const oursRun = await run('ours', {
        ...common,
        port: ours.port,
        ...bodies(q, 'ours', probes, probeCount),
      });
      const peerRun = q.peer
        ? await run('peer', { ...common, port: peer.port, ...bodies(q, 'peer', probes, probeCount) })
        : undefined;
      const variantRuns = [];
      for (const v of variants)
        variantRuns.push(
          await run(v.name, { ...common, port: v.port, ...bodies(q, 'ours', probes, probeCount) }),
        );
      const direct = s.direct
        ? await closedLoop(driver.port, key, s.connections, s.seconds * 1000)
        : undefined;
      if (direct)
        log(
          `  ${key} direct p50 ${direct.p50.toFixed(2)} ms  p99 ${direct.p99.toFixed(2)} ms  ${direct.rps.toFixed(1)} req/s`,
        );
      const perRequest = recordings[key].reduce((n, r) => n + r.length, 0) / recordings[key].length;
      questions[key] = {
        ours: oursRun,
        oursNoCache: oursNoCacheRun,
        ...(peerRun ? { peer: peerRun } : {}),
        driver: driverRun,
        ...(direct ? { driverDirect: direct } : {}),
        oursQueriesPerRequest: perRequest,
        rounds,
        ...(variantRuns.length === 2 ? { variants: { bare: variantRuns[0]!, jit: variantRuns[1]! } } : {}),
      };
    }
    return {
      questions,
      oursPeakRssMb: await ours.peakRssMb(),
      oursNoCachePeakRssMb: await oursNoCache.peakRssMb(),
      peerPeakRssMb: await peer.peakRssMb(),
    };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

function cpuText(r: LoadResult): string {
  const c = r.cpuMsPerRequest;
  return c
    ? `  CPU ms/request: ${Object.entries(c)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ')}`
    : '';
}

/** The run with the median p50 (the lower middle one of an even count): a real run, not a mix. */
function medianRun(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((x, y) => x.p50 - y.p50);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function bodies(q: Question, system: 'ours' | 'peer', probes: Probes, n: number) {
  const list = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ query: q[system], variables: q.variables(probes, i) }),
  );
  return {
    body: (i: number) => list[i % n]!,
    check: graphqlCheck(system === 'ours' || !q.peerItems ? q.oursItems : q.peerItems),
  };
}

async function closedLoop(port: number, q: string, connections: number, ms: number): Promise<DirectResult> {
  await fetch(`http://127.0.0.1:${port}/closed-loop`, {
    method: 'POST',
    body: JSON.stringify({ q, connections, ms: Math.min(ms, 3000) }),
  });
  const res = await fetch(`http://127.0.0.1:${port}/closed-loop`, {
    method: 'POST',
    body: JSON.stringify({ q, connections, ms }),
  });
  return (await res.json()) as DirectResult;
}
