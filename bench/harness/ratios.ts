/**
 * The ratios the issue asks for, with their targets and which direction is better — three objects
 * with the same keys. Latency ratios compare p50/p99; throughput ratios requests per second.
 * GraphQL overhead (ours ÷ driver) and scaling are measured with our response cache OFF: a cache
 * hit runs no Cypher, so it says nothing about either. Against the peer, ours runs as shipped
 * (cache on), and the same ratios without the cache are reported beside them (no target).
 */
import type { ApiBenchResult } from './apiBench.js';
import type { LoaderResult } from './loaderBench.js';
import { QUESTION_KEYS } from './questions.js';

export interface SizeResult {
  label: string;
  facts: number;
  /** ours: `newsgraph load`; initial: `newsgraph load --initial` (null when the server is not local). */
  loaders: { ours: LoaderResult; initial: LoaderResult | null; loadCsv: LoaderResult | null };
  api: ApiBenchResult;
}

export interface Ratios {
  ratios: Record<string, number | null>;
  targets: Record<string, number | null>;
  better: Record<string, 'lower' | 'higher'>;
  met: Record<string, boolean | null>;
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

export function computeRatios(sizes: SizeResult[], naive: LoaderResult): Ratios {
  const r: Ratios = { ratios: {}, targets: {}, better: {}, met: {} };
  const put = (key: string, value: number | null, target: number | null, better: 'lower' | 'higher') => {
    r.ratios[key] = value === null ? null : round(value);
    r.targets[key] = target;
    r.better[key] = better;
    const v = r.ratios[key];
    r.met[key] = target === null || v === null ? null : better === 'lower' ? v <= target : v >= target;
  };
  const head = sizes[sizes.length - 1]!;
  for (const q of QUESTION_KEYS) {
    const x = head.api.questions[q];
    put(`oursOverDriver_p50_${q}`, x.oursNoCache.p50 / x.driver.p50, 1.3, 'lower');
    put(`oursOverDriver_p99_${q}`, x.oursNoCache.p99 / x.driver.p99, 1.3, 'lower');
    put(`oursOverDriver_rps_${q}`, x.oursNoCache.rps / x.driver.rps, null, 'higher');
  }
  for (const q of QUESTION_KEYS) {
    const x = head.api.questions[q];
    // The timeline and as-of questions have no peer run (questions.ts).
    if (!x.peer) continue;
    put(`oursOverPeer_rps_${q}`, x.ours.rps / x.peer.rps, 2, 'higher');
    put(`oursOverPeer_p50_${q}`, x.ours.p50 / x.peer.p50, q === 'b' ? 0.5 : null, 'lower');
    put(`oursNoCacheOverPeer_rps_${q}`, x.oursNoCache.rps / x.peer.rps, null, 'higher');
    put(`oursNoCacheOverPeer_p50_${q}`, x.oursNoCache.p50 / x.peer.p50, null, 'lower');
  }
  // The loader's targets, for both ways of loading: `newsgraph load` (transactions, any graph) and
  // `newsgraph load --initial` (neo4j-admin import, an empty local graph only).
  for (const [prefix, pick] of [
    ['loader', (s: SizeResult) => s.loaders.ours],
    ['initialImport', (s: SizeResult) => s.loaders.initial],
  ] as const) {
    put(`${prefix}FactsPerSec_${head.label}`, pick(head)?.factsPerSec ?? null, 50_000, 'higher');
    for (const s of sizes) {
      const l = pick(s);
      const csv = s.loaders.loadCsv;
      put(`${prefix}OverNaive_${s.label}`, l ? l.factsPerSec / naive.factsPerSec : null, 20, 'higher');
      put(
        `${prefix}OverLoadCsv_${s.label}`,
        l && csv ? l.factsPerSec / csv.factsPerSec : null,
        0.8,
        'higher',
      );
    }
  }
  if (sizes.length > 1) {
    const first = sizes[0]!;
    for (const q of QUESTION_KEYS) {
      const ratio = head.api.questions[q].oursNoCache.p50 / first.api.questions[q].oursNoCache.p50;
      // d is a breadth-first shortest-path search, not an index lookup: reported, no target.
      put(`scaling_p50_${q}_${head.label}_over_${first.label}`, ratio, q === 'd' ? null : 1.5, 'lower');
    }
  }
  return r;
}
