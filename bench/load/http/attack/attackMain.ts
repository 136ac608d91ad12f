/** `npm run bench:load -- --attack`: runs the attack (attackRun.ts), scores it, writes and prints it. */
import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../../../../src/neo4j/Neo4jTarget.js';
import { loadAverage, machineInfo } from '../../../harness/machine.js';
import { summary, writeResults, type AttackResults } from './attackReport.js';
import { score } from './attackScore.js';
import { runAttack, type AttackSettings } from './attackRun.js';
import { HOSTILE_REQUESTS } from './hostileRequests.js';

export interface AttackMainOptions {
  base: string;
  port: number;
  target: Neo4jTarget;
  say: (m: string) => void;
  /** Results go to `<out>.json` and `<out>.md`. */
  out: string;
  settings: AttackSettings;
  extraSettings: Record<string, unknown>;
}

/** Exit code: 0 when every target is met. */
export async function attackMain(o: AttackMainOptions): Promise<number> {
  const started = Date.now();
  const machine = machineInfo({
    version: await neo4jVersion(o.target),
    heap: process.env.NEWSGRAPH_NEO4J_HEAP ?? 'default',
    pageCache: process.env.NEWSGRAPH_NEO4J_PAGECACHE ?? 'default',
    way: o.target.way,
  });
  const raw = await runAttack(o.base, o.port, o.settings, o.say);
  const results: AttackResults = {
    mode: 'attack',
    startedAt: new Date(started).toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { ...machine, loadAverageEnd: loadAverage() },
    settings: { ...o.settings, ...o.extraSettings },
    notes: [
      `Well-behaved: ${o.settings.connections} connections at ${o.settings.rate} req/s in all, cycling the API's queries (bench/load/http/queryMix.ts; no Query.cypher), from 127.0.0.1. The same load in every phase; ${o.settings.rounds} round${o.settings.rounds === 1 ? '' : 's'} of a quiet phase, then one under attack, the next round once the service serves again. Latency and throughput: the median over rounds.`,
      `Hostile, on their own connections: ${HOSTILE_REQUESTS.map((h) => `${h.name} ×${Math.max(1, Math.round(h.loops * o.settings.scale))}`).join(', ')} loops (each at most 5 requests/s, ${o.settings.hostileTimeoutMs / 1000} s per request at most), and ${o.settings.slowSockets} slow-header sockets (one byte a second); they start 3 s before the measured phase and stop at its end.`,
      raw.attackerAddresses.length
        ? `The attackers connect from ${raw.attackerAddresses.join(', ')}: a per-client limit keyed by the peer address tells them from the well-behaved clients.`
        : 'Attackers and well-behaved clients all connect from 127.0.0.1: only an overall limit can protect the API here.',
      'failed = non-2xx + 2xx answers with GraphQL errors + requests without an answer.',
    ],
    ...score(raw),
    raw,
  };
  await writeResults(results, o.out);
  o.say(`wrote ${o.out}.json and .md`);
  process.stdout.write(summary(results) + '\n');
  return Object.values(results.met).every((m) => m !== false) ? 0 : 1;
}

async function neo4jVersion(t: Neo4jTarget): Promise<string> {
  const driver = neo4j.driver(t.uri, neo4j.auth.basic(t.username, t.password));
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e',
      {},
      { database: t.database },
    );
    return `${String(records[0]?.get('v'))} ${String(records[0]?.get('e'))}`;
  } catch {
    return 'unknown';
  } finally {
    await driver.close();
  }
}
