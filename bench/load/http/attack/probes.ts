/**
 * /health and /ready polled during a phase, as a load balancer would: how long they took and
 * whether they said 200. /health must never wait behind a request; /ready must stay 200 while
 * Neo4j is fine, whatever analysts send.
 */
import { percentile } from './tally.js';

export interface ProbeOutcome {
  polls: number;
  healthMaxMs: number | null;
  healthNon200: number;
  readyP50Ms: number | null;
  readyMaxMs: number | null;
  readyNon200: number;
}

async function timed(url: string): Promise<{ ms: number; ok: boolean }> {
  const started = Date.now();
  const ok = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
    async (r) => (await r.arrayBuffer(), r.status === 200),
    () => false,
  );
  return { ms: Date.now() - started, ok };
}

export async function pollProbes(base: string, deadline: number, everyMs = 500): Promise<ProbeOutcome> {
  const health: number[] = [];
  const ready: number[] = [];
  let healthNon200 = 0;
  let readyNon200 = 0;
  while (Date.now() < deadline) {
    const next = Date.now() + everyMs;
    const [h, r] = await Promise.all([timed(`${base}/health`), timed(`${base}/ready`)]);
    health.push(h.ms);
    ready.push(r.ms);
    if (!h.ok) healthNon200++;
    if (!r.ok) readyNon200++;
    await new Promise((res) => setTimeout(res, Math.max(0, next - Date.now())));
  }
  return {
    polls: health.length,
    healthMaxMs: percentile(health, 100),
    healthNon200,
    readyP50Ms: percentile(ready, 50),
    readyMaxMs: percentile(ready, 100),
    readyNon200,
  };
}

/** Seconds until /ready says 200 and the API answers a query without errors (at most `maxS`). */
export async function secondsUntilServing(base: string, maxS: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < maxS * 1000) {
    const ready = await timed(`${base}/ready`);
    const query = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
      signal: AbortSignal.timeout(10_000),
    }).then(
      async (r) => r.status === 200 && !(await r.text()).includes('"errors"'),
      () => false,
    );
    if (ready.ok && query) return Math.round((Date.now() - started) / 100) / 10;
    await new Promise((res) => setTimeout(res, 500));
  }
  return null;
}
