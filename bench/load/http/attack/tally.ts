/** Counts of outcomes, by key: HTTP status, `timeout`, `error`, GraphQL error codes. */
export type Tally = Record<string, number>;

export const bump = (t: Tally, key: string, by = 1) => {
  t[key] = (t[key] ?? 0) + by;
};

/**
 * The first `extensions.code` in (the start of) a GraphQL answer. A regex, not JSON.parse: only
 * the first bytes of a huge answer are kept.
 */
export function firstErrorCode(body: string): string | undefined {
  if (!body.includes('"errors"')) return undefined;
  return /"code"\s*:\s*"([A-Za-z_]+)"/.exec(body)?.[1] ?? 'NO_CODE';
}

/** Nearest-rank percentile of a list (ms); null for an empty one. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
