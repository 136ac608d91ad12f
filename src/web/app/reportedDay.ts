/**
 * When a fact was first reported, as the explorer's time slider needs it: the UTC day of the
 * earliest publication among the articles that state it, each taken at the start of its period
 * (`2025-02` → 2025-02-01), the way the graph orders claims (cypher/README.md). Days compare as
 * strings (`YYYY-MM-DD`).
 */

/** `2025`, `2025-02`, `2025-02-03` or a timestamp with its offset → its first instant (ms, UTC); null when unparseable. */
function publicationStart(publishedAt: string): number | null {
  const partial = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(publishedAt);
  if (partial) return Date.UTC(Number(partial[1]), Number(partial[2] ?? 1) - 1, Number(partial[3] ?? 1));
  const ms = Date.parse(publishedAt);
  return Number.isNaN(ms) ? null : ms;
}

/** The UTC day of the earliest dated publication, or null when none is dated. */
export function firstReportedDay(publishedAts: ReadonlyArray<string | null>): string | null {
  let first: number | null = null;
  for (const p of publishedAts) {
    const ms = p === null ? null : publicationStart(p);
    if (ms !== null && (first === null || ms < first)) first = ms;
  }
  return first === null ? null : new Date(first).toISOString().slice(0, 10);
}
