/**
 * One load run with autocannon: `connections` concurrent keep-alive connections for `seconds`,
 * POSTing a rotating body. Every response is checked — HTTP status, GraphQL `errors`, and whether
 * the answer has the list it is about — because a benchmark of errors is worthless.
 */
import autocannon from 'autocannon';
import { processCpuMs } from './processCpu.js';

export interface LoadSpec {
  port: number;
  path: string;
  headers: Record<string, string>;
  /** The i-th request's body; i counts from 0 in every run, so all systems see the same sequence. */
  body(i: number): string;
  /** Checks one 200 response: 'ok', 'empty' (a valid answer with nothing in it) or an error text. */
  check(body: string): 'ok' | 'empty' | string;
  connections: number;
  seconds: number;
  /** Processes (name → pid) whose CPU per answered request the run reports: the server, Neo4j. */
  cpuOf?: Record<string, number>;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  non200: number;
  /** Responses with GraphQL errors or without the expected data. */
  invalid: number;
  empty: number;
  /** Connection errors and timeouts (autocannon's own counters). */
  transportErrors: number;
  firstProblem: string | null;
  /** CPU ms per answered request of each process of `spec.cpuOf` (absent where /proc is not). */
  cpuMsPerRequest?: Record<string, number>;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  let invalid = 0;
  let empty = 0;
  let non200 = 0;
  let firstProblem: string | null = null;
  // autocannon's histogram has 1 ms resolution; the client reports each response's duration
  // in fractional ms, so percentiles are computed from those instead.
  const latencies: number[] = [];
  const cpuBefore = cpuNow(spec.cpuOf);
  const result = await autocannon({
    url: `http://127.0.0.1:${spec.port}`,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, ms: number) => latencies.push(ms));
    },
    requests: [
      {
        method: 'POST',
        path: spec.path,
        headers: { ...spec.headers },
        setupRequest: (req) => ({ ...req, body: spec.body(next++) }),
        onResponse: (status, body) => {
          // A throw here would stop autocannon's client silently: every failure becomes a count.
          try {
            if (status !== 200) {
              non200++;
              firstProblem ??= `HTTP ${status}: ${body.slice(0, 300)}`;
              return;
            }
            const verdict = spec.check(body);
            if (verdict === 'empty') empty++;
            else if (verdict !== 'ok') {
              invalid++;
              firstProblem ??= verdict;
            }
          } catch (err) {
            invalid++;
            firstProblem ??= `unreadable response (${(err as Error).message}): ${String(body).slice(0, 200)}`;
          }
        },
      },
    ],
  });
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ ...result, latency: undefined }).slice(0, 1500));
  const cpuAfter = cpuNow(spec.cpuOf);
  latencies.sort((a, b) => a - b);
  const pct = (x: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(x * latencies.length))] ?? NaN);
  return {
    requests: latencies.length,
    rps: latencies.length / (result.duration || spec.seconds),
    p50: pct(0.5),
    p90: pct(0.9),
    p99: pct(0.99),
    mean: round(latencies.reduce((a, b) => a + b, 0) / latencies.length),
    non200: Math.max(non200, result.non2xx),
    invalid,
    empty,
    // autocannon counts timeouts among its errors.
    transportErrors: result.errors,
    firstProblem:
      firstProblem ??
      (result.errors > 0
        ? `${result.timeouts} timeouts (no answer within 30 s), ${result.errors - result.timeouts} other connection errors`
        : null),
    ...cpuPerRequest(cpuBefore, cpuAfter, latencies.length),
  };
}

/** Each process's CPU ms so far (null where /proc cannot tell). */
function cpuNow(pids: Record<string, number> | undefined): Record<string, number | null> {
  return Object.fromEntries(Object.entries(pids ?? {}).map(([name, pid]) => [name, processCpuMs(pid)]));
}

function cpuPerRequest(
  before: Record<string, number | null>,
  after: Record<string, number | null>,
  requests: number,
): { cpuMsPerRequest?: Record<string, number> } {
  const out: Record<string, number> = {};
  for (const [name, b] of Object.entries(before)) {
    const a = after[name];
    if (b !== null && a != null && requests > 0) out[name] = Math.round(((a - b) / requests) * 1000) / 1000;
  }
  return Object.keys(out).length ? { cpuMsPerRequest: out } : {};
}

const round = (x: number) => Math.round(x * 100) / 100;
