/**
 * Deterministic randomness for the synthetic corpus: mulberry32 (a tiny 32-bit PRNG, good enough
 * for test data and identical on every platform), plus the heavy-tailed rank sampler the corpus
 * uses for entity degrees.
 */
export type Rng = () => number;

/** mulberry32: a uniform float in [0, 1) per call, fully determined by `seed`. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG for one item (entity i, article j): independent of how many other items were drawn. */
export function rngFor(seed: number, ...keys: number[]): Rng {
  let h = seed >>> 0;
  for (const k of keys) h = Math.imul(h ^ (k >>> 0), 0x9e3779b1) ^ (h >>> 13);
  return mulberry32(h);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/**
 * Zipf–Mandelbrot ranks in [0, n): P(rank r) ∝ 1 / (r + 1 + q). Sampled exactly by inverting the
 * continuous CDF (log-uniform over [q + 1, n + q + 1)), so it costs one log/exp per draw. The
 * offset q flattens the very top: a handful of hubs, a long tail, as in news coverage.
 */
export function zipfRank(rng: Rng, n: number, q = 10): number {
  const lo = Math.log(q + 1);
  const hi = Math.log(n + q + 1);
  const r = Math.floor(Math.exp(lo + rng() * (hi - lo)) - q - 1);
  return Math.min(n - 1, Math.max(0, r));
}
