/**
 * The hostile clients: for each request kind (hostileRequests.ts), a few loops that send it again
 * and again on their own connections — bound, where the system allows, to other loopback
 * addresses (127.0.0.2 …), so a server that limits per client sees them as clients other than
 * the well-behaved ones. Bounded: each loop sends at most one request per `minSpacingMs` and
 * `maxPerLoop` in all, starts none after the deadline, and gives up on one after `timeoutMs`.
 */
import http from 'node:http';
import type { HostileRequest } from './hostileRequests.js';
import { bump, firstErrorCode, percentile, type Tally } from './tally.js';

export interface HostileOptions {
  port: number;
  /** Local addresses the loops bind to, in turn; [undefined] for the system's choice. */
  localAddresses: (string | undefined)[];
  scale: number;
  deadline: number;
  timeoutMs: number;
  minSpacingMs: number;
  /** A loop's most requests, whatever the clock says. */
  maxPerLoop: number;
}

export interface HostileOutcome {
  name: string;
  loops: number;
  sent: number;
  /** By HTTP status, plus `timeout` and `error` (no answer). */
  statuses: Tally;
  /** By the first GraphQL error code of the answer; `none` for an answer without errors. */
  codes: Tally;
  latencyMs: { p50: number | null; max: number | null };
}

/** Bytes of each answer kept for finding its error code. */
const KEEP = 64 * 1024;

export async function runHostile(kinds: HostileRequest[], o: HostileOptions): Promise<HostileOutcome[]> {
  const agents = o.localAddresses.map(
    (localAddress) => new http.Agent({ keepAlive: true, ...(localAddress ? { localAddress } : {}) }),
  );
  let next = 0;
  try {
    return await Promise.all(
      kinds.map(async (kind) => {
        const loops = Math.max(1, Math.round(kind.loops * o.scale));
        const out: HostileOutcome = {
          name: kind.name,
          loops,
          sent: 0,
          statuses: {},
          codes: {},
          latencyMs: { p50: null, max: null },
        };
        const latencies: number[] = [];
        const loop = async (agent: http.Agent) => {
          for (let n = 0; n < o.maxPerLoop && Date.now() < o.deadline; n++) {
            const started = Date.now();
            out.sent++;
            const r = await send(agent, o.port, kind.body, o.timeoutMs);
            latencies.push(Date.now() - started);
            bump(out.statuses, r.status);
            if (r.code !== undefined) bump(out.codes, r.code);
            const wait = started + o.minSpacingMs - Date.now();
            if (wait > 0) await new Promise((res) => setTimeout(res, wait));
          }
        };
        await Promise.all(Array.from({ length: loops }, () => loop(agents[next++ % agents.length]!)));
        out.latencyMs = { p50: percentile(latencies, 50), max: percentile(latencies, 100) };
        return out;
      }),
    );
  } finally {
    for (const a of agents) a.destroy();
  }
}

function send(
  agent: http.Agent,
  port: number,
  body: string,
  timeoutMs: number,
): Promise<{ status: string; code?: string }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: { status: string; code?: string }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let kept = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (kept.length < KEEP) kept += chunk.slice(0, KEEP - kept.length);
        });
        res.on('end', () => finish({ status: String(res.statusCode), code: firstErrorCode(kept) ?? 'none' }));
        res.on('error', () => finish({ status: 'error' }));
      },
    );
    // The whole exchange, not just idle time: a trickling answer cannot stretch it.
    const timer = setTimeout(() => {
      finish({ status: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', () => finish({ status: 'error' }));
    req.end(body);
  });
}
