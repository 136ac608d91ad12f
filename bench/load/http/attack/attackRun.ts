/**
 * The "under attack" load run: the well-behaved clients (runMix.ts) measured quiet, then again
 * while hostile clients run beside them, each phase with /health and /ready polled; then how long
 * the service takes to serve again once the attack stops. With several rounds, quiet and attacked
 * phases alternate, so a few busy seconds of a shared machine fall on both.
 */
import net from 'node:net';
import { loadAverage } from '../../../harness/machine.js';
import { runMix, type MixOptions, type MixRun } from '../runMix.js';
import { runHostile, type HostileOutcome } from './hostileClients.js';
import { HOSTILE_REQUESTS } from './hostileRequests.js';
import { pollProbes, secondsUntilServing, type ProbeOutcome } from './probes.js';
import { runSlowClients, type SlowOutcome } from './slowClients.js';

export interface AttackSettings {
  connections: number;
  seconds: number;
  /** Well-behaved requests per second (all connections together). */
  rate: number;
  /** Multiplies every hostile kind's number of loops. */
  scale: number;
  slowSockets: number;
  /** Longest a hostile request may take before it counts as a timeout. */
  hostileTimeoutMs: number;
  /** Quiet and attacked phases alternate this many times. */
  rounds: number;
}

export interface PhaseResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  statuses: Record<string, number>;
  non2xx: number;
  graphqlErrors: number;
  /** Requests without an answer: connection errors, and timeouts (autocannon's 10 s). */
  connectionErrors: number;
  timeouts: number;
  /** Every request that did not end in a 2xx answer without GraphQL errors. */
  failed: number;
  errorRate: number;
  firstError: string;
  probes: ProbeOutcome;
  loadAverage: { start: string; end: string };
}

type AttackPhase = PhaseResult & { hostile: HostileOutcome[]; slowClients: SlowOutcome };

interface RoundResult {
  quiet: PhaseResult;
  attack: AttackPhase;
  /** From the end of the attack until /ready is 200 and a query answers; null: not within 120 s. */
  servingAgainAfterS: number | null;
}

export interface AttackRaw {
  attackerAddresses: string[];
  rounds: RoundResult[];
}

/** Ramp-up: the attack runs at full strength before the well-behaved clients are measured. */
const RAMP_MS = 3_000;
const CANDIDATE_ADDRESSES = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];

export async function runAttack(
  base: string,
  port: number,
  s: AttackSettings,
  say: (m: string) => void,
): Promise<AttackRaw> {
  const addresses = await attackerAddresses(port);
  say(
    addresses[0]
      ? `attackers connect from ${addresses.join(', ')}; well-behaved clients from 127.0.0.1`
      : 'this system cannot bind 127.0.0.2: attackers and well-behaved clients all come from 127.0.0.1',
  );
  const mix = { connections: s.connections, seconds: s.seconds, rate: s.rate };
  say(`warming up (${s.connections} connections, ${s.rate} req/s, 10 s)`);
  await runMix(base, { ...mix, seconds: 10 });
  const rounds: RoundResult[] = [];
  for (let i = 1; i <= s.rounds; i++) {
    say(`round ${i}/${s.rounds}, quiet: ${s.seconds} s`);
    const quiet = await measured(base, mix);
    say(`round ${i}/${s.rounds}, under attack: ${s.seconds} s (after ${RAMP_MS / 1000} s of attack alone)`);
    const attack = await underAttack(base, port, s, addresses);
    say('attack over; waiting for the service to serve again (at most 120 s)');
    // The next quiet phase starts only then: an attack's leftovers must not count as quiet.
    const servingAgainAfterS = await secondsUntilServing(base, 120);
    rounds.push({ quiet, attack: await attack.finished(), servingAgainAfterS });
  }
  return { attackerAddresses: addresses.filter((a) => a !== undefined), rounds };
}

/** The measured phase beside the attack; `finished` waits for the last attackers to give up. */
async function underAttack(base: string, port: number, s: AttackSettings, addresses: (string | undefined)[]) {
  const deadline = Date.now() + RAMP_MS + s.seconds * 1000;
  const hostile = runHostile(HOSTILE_REQUESTS, {
    port,
    localAddresses: addresses,
    scale: s.scale,
    deadline,
    timeoutMs: s.hostileTimeoutMs,
    minSpacingMs: 200,
    maxPerLoop: 5 * (s.seconds + RAMP_MS / 1000),
  });
  const slow = runSlowClients({
    port,
    sockets: s.slowSockets,
    localAddresses: addresses,
    deadline,
    byteEveryMs: 1_000,
    maxConnectsPerSocket: 20,
  });
  await new Promise((r) => setTimeout(r, RAMP_MS));
  const phase = await measured(base, { connections: s.connections, seconds: s.seconds, rate: s.rate });
  return {
    finished: async (): Promise<AttackPhase> => {
      const [hostileOutcomes, slowClients] = await Promise.all([hostile, slow]);
      return { ...phase, hostile: hostileOutcomes, slowClients };
    },
  };
}

/** One measured phase of the well-behaved clients, with the probes polled beside it. */
async function measured(base: string, mix: MixOptions): Promise<PhaseResult> {
  const start = loadAverage();
  const deadline = Date.now() + mix.seconds * 1000;
  const [run, probes] = await Promise.all([runMix(base, mix), pollProbes(base, deadline)]);
  return phaseResult(run, probes, { start, end: loadAverage() });
}

function phaseResult(m: MixRun, probes: ProbeOutcome, load: PhaseResult['loadAverage']): PhaseResult {
  const r = m.result;
  // autocannon counts a timeout as an error too.
  const failed = r.non2xx + m.graphqlErrors + r.errors;
  return {
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    statuses: m.statuses,
    non2xx: r.non2xx,
    graphqlErrors: m.graphqlErrors,
    connectionErrors: r.errors - r.timeouts,
    timeouts: r.timeouts,
    failed,
    errorRate: r.requests.total + r.errors === 0 ? 0 : failed / (r.requests.total + r.errors),
    firstError: m.firstError,
    probes,
    loadAverage: load,
  };
}

/** The loopback addresses other than 127.0.0.1 this system lets a client bind to (Linux: all of 127/8). */
async function attackerAddresses(port: number): Promise<(string | undefined)[]> {
  const ok = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress: CANDIDATE_ADDRESSES[0] });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
  return ok ? CANDIDATE_ADDRESSES : [undefined];
}
