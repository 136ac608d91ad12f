/**
 * The attack run's result in the house format (bench/README.md "Output"): `ratios`, `targets`,
 * `better` and `met` under the same keys, the raw figures, settings and machine; JSON and a
 * markdown summary beside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import type { AttackRaw, AttackSettings, PhaseResult } from './attackRun.js';
import type { Scored } from './attackScore.js';
import type { SlowOutcome } from './slowClients.js';

export interface AttackResults extends Scored {
  mode: 'attack';
  startedAt: string;
  durationSeconds: number;
  machine: Record<string, unknown>;
  settings: AttackSettings & Record<string, unknown>;
  notes: string[];
  raw: AttackRaw;
}

const f = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined ? '–' : x.toFixed(digits);
/** Counts as they are, ratios to three places. */
const measure = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(3);
const tally = (t: Record<string, number>) =>
  Object.entries(t)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || '–';

function markdown(b: AttackResults): string {
  const m = b.machine;
  const r = b.raw;
  const phase = (name: string, p: PhaseResult) =>
    `| ${name} | ${p.requests} | ${p.requestsPerSecond} | ${p.latencyMs.p50} | ${p.latencyMs.p90} | ${p.latencyMs.p99} | ${p.latencyMs.max} | ${tally(p.statuses)} | ${p.graphqlErrors} | ${p.connectionErrors + p.timeouts} | ${(p.errorRate * 100).toFixed(2)} % | ${p.probes.readyNon200}/${p.probes.polls} | ${f(p.probes.healthMaxMs)} | ${p.loadAverage.start} → ${p.loadAverage.end} |`;
  const several = r.rounds.length > 1;
  const label = (i: number, name: string) => (several ? `${i + 1}: ${name}` : name);
  return [
    '# newsgraph load run under attack',
    '',
    `${b.startedAt} · ${String(m.cpus)} × ${String(m.cpuModel)} · ${String(m.memoryGb)} GB · Node ${String(m.node)} · Neo4j ${String(m.neo4j)} · autocannon ${String(m.autocannon)} · ${String(m.commit)} · load average at start ${String(m.loadAverageStart)}, end ${String(m.loadAverageEnd)} · ${f(b.durationSeconds)} s`,
    '',
    `Settings: ${JSON.stringify(b.settings)}`,
    '',
    ...b.notes.map((n) => `- ${n}`),
    '',
    '## Targets',
    '',
    '| measure | measured | target | better | met |',
    '|---|---:|---:|---|---|',
    ...Object.keys(b.ratios).map((k) => {
      const met = b.met[k];
      return `| ${k} | ${measure(b.ratios[k])} | ${b.targets[k] ?? '–'} | ${b.better[k]} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`;
    }),
    '',
    '## Well-behaved clients (latency in ms)',
    '',
    '| phase | requests | req/s | p50 | p90 | p99 | max | HTTP statuses | GraphQL errors | no answer | failed | /ready not 200 | /health max ms | load average |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|',
    ...r.rounds.flatMap((x, i) => [
      phase(label(i, 'quiet'), x.quiet),
      phase(label(i, 'under attack'), x.attack),
    ]),
    '',
    ...r.rounds.flatMap((x, i) => [
      ...(x.attack.firstError
        ? [
            `${several ? `Round ${i + 1}: first` : 'First'} failure under attack: \`${x.attack.firstError.replace(/`/g, "'")}\``,
            '',
          ]
        : []),
      `${several ? `Round ${i + 1}: serving` : 'Serving'} again ${x.servingAgainAfterS === null ? 'not within 120 s' : `${x.servingAgainAfterS} s`} after the attack stopped.`,
      '',
    ]),
    '## What the attackers got',
    '',
    `From ${r.attackerAddresses.length ? r.attackerAddresses.join(', ') : '127.0.0.1 (as the well-behaved clients)'}.`,
    '',
    '| kind | loops | sent | HTTP statuses | GraphQL error codes | p50 ms | max ms |',
    '|---|---:|---:|---|---|---:|---:|',
    ...r.rounds.flatMap((x, i) =>
      x.attack.hostile.map(
        (h) =>
          `| ${label(i, h.name)} | ${h.loops} | ${h.sent} | ${tally(h.statuses)} | ${tally(h.codes)} | ${f(h.latencyMs.p50)} | ${f(h.latencyMs.max)} |`,
      ),
    ),
    '',
    ...r.rounds.map(
      (x, i) =>
        `${several ? `Round ${i + 1}: slow` : 'Slow'}-header clients: ${slowLine(x.attack.slowClients)}`,
    ),
    '',
  ].join('\n');
}

const slowLine = (c: SlowOutcome) =>
  `${c.sockets} sockets, ${c.connects} connections; closed by the server after ${c.closedByServerAfterS.join(', ') || '–'} s; ${c.openAtDeadline} still open when the attack ended (held ${c.openAtDeadlineAfterS.join(', ') || '–'} s).`;

/** Writes `<base>.json` and `<base>.md`, formatted as `npm run check` wants. */
export async function writeResults(b: AttackResults, base: string): Promise<void> {
  await mkdir(path.dirname(base), { recursive: true });
  for (const [file, text] of [
    [`${base}.json`, JSON.stringify(b)],
    [`${base}.md`, markdown(b)],
  ] as const) {
    const style = await prettier.resolveConfig(file);
    await writeFile(file, await prettier.format(text, { ...style, filepath: file }));
  }
}

/** The lines printed at the end of a run. */
export function summary(b: AttackResults): string {
  const met = (k: string) => (b.met[k] ? 'met' : 'NOT met');
  const line = (name: string, p: PhaseResult) =>
    `${name}: p50 ${p.latencyMs.p50} ms, p99 ${p.latencyMs.p99} ms, ${p.requestsPerSecond} req/s, failed ${p.failed} of ${p.requests + p.connectionErrors + p.timeouts} (${tally(p.statuses)}; GraphQL errors ${p.graphqlErrors}; no answer ${p.connectionErrors + p.timeouts}); /ready not 200 in ${p.probes.readyNon200} of ${p.probes.polls} polls, /health max ${f(p.probes.healthMaxMs)} ms`;
  return [
    ...b.raw.rounds.flatMap((x, i) => [
      line(`round ${i + 1} quiet`, x.quiet),
      line(`round ${i + 1} under attack`, x.attack),
      ...x.attack.hostile.map(
        (h) => `  attacker ${h.name}: ${h.sent} sent; ${tally(h.statuses)}; codes ${tally(h.codes)}`,
      ),
      `  slow-header clients: ${slowLine(x.attack.slowClients)}`,
      `  serving again ${x.servingAgainAfterS ?? '> 120'} s after the attack`,
      ...(x.attack.firstError ? [`  first well-behaved failure under attack: ${x.attack.firstError}`] : []),
    ]),
    `p99 under attack ÷ quiet: ${f(b.ratios.attackOverQuiet_p99, 2)} (target ≤ 2: ${met('attackOverQuiet_p99')}); well-behaved non-2xx under attack: ${b.ratios.wellBehavedNon2xx_attack} (target 0: ${met('wellBehavedNon2xx_attack')}); failed: ${b.ratios.wellBehavedFailed_attack} (target 0: ${met('wellBehavedFailed_attack')}); /ready not 200: ${b.ratios.readyNon200_attack} (target 0: ${met('readyNon200_attack')})`,
  ].join('\n');
}
