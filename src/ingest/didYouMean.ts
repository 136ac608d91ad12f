/**
 * "did you mean …" for an id that names nothing: the closest known ids by edit distance, and
 * ids that contain the given one or are contained in it (`deepseek` for `deepseek-ai`).
 */

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Up to `max` ids close to `id`, closest first. */
export function closestIds(id: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored: Array<[string, number]> = [];
  for (const k of new Set(known)) {
    if (k === id) continue;
    const d = distance(id, k);
    const related = k.includes(id) || id.includes(k);
    if (d <= limit || related) scored.push([k, related ? Math.min(d, limit) : d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([k]) => k);
}

export const didYouMean = (ids: readonly string[], where: string) =>
  ids.length === 0 ? undefined : `did you mean ${ids.map((i) => `"${i}"`).join(' or ')} (${where})?`;
