/**
 * When each fact of the seed plus the fixture corpus (test/fixtures/corpus) was first reported and
 * each entity first mentioned, worked out from the fact files alone — not from the graph or the
 * code under test — so the dynamic GEXF and the explorer's time slider have a yardstick of their
 * own. A publication date is the start of its period (`2025-02` → 1 February), in UTC.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, readJson, SEED_FILE, type Json } from '../claims/corpus.js';

/** Every fact file: the seed first, then the corpus in its numbering. */
const TIMELINE_FILES = [
  SEED_FILE,
  ...readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.facts.json'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f)),
];

/** `2025`, `2025-02`, `2025-02-03` or a timestamp with its offset → the first instant, in ms (UTC). */
function publicationStart(publishedAt: string): number {
  const partial = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(publishedAt);
  if (partial) return Date.UTC(Number(partial[1]), Number(partial[2] ?? 1) - 1, Number(partial[3] ?? 1));
  const ms = Date.parse(publishedAt);
  if (Number.isNaN(ms)) throw new Error(`not a publication date: ${publishedAt}`);
  return ms;
}

/** The UTC day of an instant: `2025-02-04`. */
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface Timeline {
  /** Fact id → the UTC day of its earliest dated article, or null when none of its articles is dated. */
  factDays: Map<string, string | null>;
  /** Fact id → [subject, object]. */
  factEnds: Map<string, [string, string]>;
  /** Entity id → the UTC day of the earliest dated article that mentions it, or null. */
  mentionDays: Map<string, string | null>;
}

export function corpusTimeline(files: readonly string[] = TIMELINE_FILES): Timeline {
  const factStart = new Map<string, number | null>();
  const mentionStart = new Map<string, number | null>();
  const factEnds = new Map<string, [string, string]>();
  const earlier = (map: Map<string, number | null>, key: string, at: number | null) => {
    const known = map.get(key);
    if (known === undefined || known === null) map.set(key, at);
    else if (at !== null && at < known) map.set(key, at);
  };
  for (const file of files) {
    const doc: Json = readJson(file);
    const at = doc.article.publishedAt ? publicationStart(doc.article.publishedAt) : null;
    for (const f of doc.facts) {
      earlier(factStart, f.id, at);
      factEnds.set(f.id, [f.subject, f.object]);
    }
    for (const e of doc.entities) earlier(mentionStart, e.id, at);
  }
  const days = (m: Map<string, number | null>) =>
    new Map([...m].map(([k, v]) => [k, v === null ? null : utcDay(v)]));
  return { factDays: days(factStart), factEnds, mentionDays: days(mentionStart) };
}

/** The facts first reported by the end of `day` (a `YYYY-MM-DD`), sorted. */
export function factsReportedBy(t: Timeline, day: string): string[] {
  return [...t.factDays]
    .filter(([, d]) => d !== null && d <= day)
    .map(([id]) => id)
    .sort();
}
