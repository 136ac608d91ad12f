/**
 * The attack run's measures against their targets: p99 under attack within 2× of quiet, and not
 * one failed request or /ready 503 for the well-behaved clients.
 */
import type { AttackRaw, PhaseResult } from './attackRun.js';

/** Each measure under one key in all four, as bench/results' other files have them. */
export interface Scored {
  ratios: Record<string, number | null>;
  targets: Record<string, number | null>;
  better: Record<string, 'lower' | 'higher'>;
  met: Record<string, boolean | null>;
}

/**
 * Latencies and throughput: the median over rounds of each phase's figure, then the ratio.
 * Failures: summed over all rounds (the target is zero in every one).
 */
export function score(raw: AttackRaw): Scored {
  const quiet = raw.rounds.map((r) => r.quiet);
  const attack = raw.rounds.map((r) => r.attack);
  const med = (phases: PhaseResult[], pick: (p: PhaseResult) => number) => median(phases.map(pick));
  const sum = (phases: PhaseResult[], pick: (p: PhaseResult) => number) =>
    phases.reduce((n, p) => n + pick(p), 0);
  const serving = raw.rounds.map((r) => r.servingAgainAfterS);
  const rows: [string, number | null, number | null, 'lower' | 'higher'][] = [
    [
      'attackOverQuiet_p99',
      div(
        med(attack, (p) => p.latencyMs.p99),
        med(quiet, (p) => p.latencyMs.p99),
      ),
      2,
      'lower',
    ],
    [
      'attackOverQuiet_p50',
      div(
        med(attack, (p) => p.latencyMs.p50),
        med(quiet, (p) => p.latencyMs.p50),
      ),
      null,
      'lower',
    ],
    [
      'attackOverQuiet_rps',
      div(
        med(attack, (p) => p.requestsPerSecond),
        med(quiet, (p) => p.requestsPerSecond),
      ),
      null,
      'higher',
    ],
    ['wellBehavedNon2xx_attack', sum(attack, (p) => p.non2xx), 0, 'lower'],
    ['wellBehavedFailed_attack', sum(attack, (p) => p.failed), 0, 'lower'],
    ['wellBehavedFailed_quiet', sum(quiet, (p) => p.failed), 0, 'lower'],
    ['readyNon200_attack', sum(attack, (p) => p.probes.readyNon200), 0, 'lower'],
    ['healthMaxMs_attack', Math.max(...attack.map((p) => p.probes.healthMaxMs ?? 0)), null, 'lower'],
    ['servingAgainAfterS', serving.includes(null) ? null : Math.max(...(serving as number[])), null, 'lower'],
  ];
  const s: Scored = { ratios: {}, targets: {}, better: {}, met: {} };
  for (const [key, value, target, better] of rows) {
    s.ratios[key] = value;
    s.targets[key] = target;
    s.better[key] = better;
    s.met[key] =
      target === null
        ? null
        : value === null
          ? false
          : better === 'lower'
            ? value <= target
            : value >= target;
  }
  return s;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const div = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
