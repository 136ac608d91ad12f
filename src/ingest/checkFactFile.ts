/**
 * What the schema cannot check within one fact file: ids unique, every entity reference resolves,
 * every quote is an exact substring of the article text (its offset is recorded as the source
 * position), and `denies` only on DENIES facts. Denied ids that are not in this file are left to
 * checkFileSet.ts, which also looks in the other files and in the graph.
 *
 * It reads the parsed data loosely, not the schema's output, so that it runs even when the
 * schema found problems: a file's report lists everything wrong with it, not just the first kind.
 */
import { passageHints } from './closestPassage.js';
import { closestIds, didYouMean } from './didYouMean.js';
import { addDetail, type Problem, type ProblemDetail } from './Problem.js';

/**
 * The key that marks a fact as suggested by `newsgraph draft` and not yet accepted: the loader
 * refuses such a fact until a person has checked it and deleted the key.
 */
export const SUGGESTED_KEY = 'suggested';

export interface FileCheck {
  problems: Problem[];
  /**
   * Start offset of each fact's quote in Unicode code points (as Cypher's `substring` and Python
   * count, unlike JavaScript's UTF-16 units: the article's emoji are two units); -1 if absent.
   */
  quoteStarts: number[];
  /** Denied ids not defined in this file: `[fact index, denies index, id]`. */
  externalDenies: Array<[number, number, string]>;
}

type Loose = Record<string, unknown>;
const asObject = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `data` is the parsed file; `text` the article text, or undefined when it could not be read. */
export function checkFactFile(file: string, data: unknown, text: string | undefined): FileCheck {
  const problems: Problem[] = [];
  const problem = (path: string, reason: string, detail?: ProblemDetail) => {
    const p: Problem = { file, path, reason };
    if (detail) addDetail(p, detail);
    problems.push(p);
  };
  const entities = asList(asObject(data).entities).map(asObject);
  const facts = asList(asObject(data).facts).map(asObject);

  const entityIds = firstIndexes(entities, (id, i, first) =>
    problem(`entities[${i}].id`, `duplicate entity id "${id}" (also entities[${first}])`),
  );
  const factIds = firstIndexes(facts, (id, i, first) =>
    problem(`facts[${i}].id`, `duplicate fact id "${id}" (also facts[${first}])`),
  );
  const entity = (path: string, id: unknown) => {
    if (typeof id === 'string' && !entityIds.has(id)) {
      const hint = didYouMean(closestIds(id, entityIds.keys()), 'defined in this file');
      problem(path, `"${id}" is not an entity defined in this file`, {
        unknownEntity: id,
        ...(hint ? { hints: [hint] } : {}),
      });
    }
  };

  entities.forEach((e, i) =>
    asList(e.roles).forEach((r, j) => entity(`entities[${i}].roles[${j}].of`, asObject(r).of)),
  );

  const externalDenies: FileCheck['externalDenies'] = [];
  const quoteStarts = facts.map((f, i) => {
    if (f[SUGGESTED_KEY] !== undefined)
      problem(
        `facts[${i}].${SUGGESTED_KEY}`,
        'a suggested fact, not yet accepted: check its subject, type, object, quote, modality and ' +
          `statedBy against the article, then delete the "${SUGGESTED_KEY}" line to accept it (or delete the fact)`,
      );
    entity(`facts[${i}].subject`, f.subject);
    entity(`facts[${i}].object`, f.object);
    entity(`facts[${i}].statedBy`, f.statedBy);
    if (f.type === 'DENIES' && f.denies === undefined)
      problem(`facts[${i}].denies`, 'a DENIES fact must name the facts it denies');
    if (typeof f.type === 'string' && f.type !== 'DENIES' && f.denies !== undefined)
      problem(`facts[${i}].denies`, `only DENIES facts name denied facts; this one is ${f.type}`);
    asList(f.denies).forEach((d, j) => {
      const id = asString(d);
      if (id === undefined) return; // the schema reports it
      if (id === f.id) problem(`facts[${i}].denies[${j}]`, 'a denial cannot deny itself');
      else if (!factIds.has(id)) externalDenies.push([i, j, id]);
    });
    const quote = asString(f.quote);
    if (quote === undefined || text === undefined) return -1;
    const start = text.indexOf(quote);
    if (start < 0)
      problem(`facts[${i}].quote`, quoteMismatch(quote, text), { hints: passageHints(quote, text) });
    return start < 0 ? -1 : codePoints(text.slice(0, start));
  });
  return { problems, quoteStarts, externalDenies };
}

/** Code points in `s`: its UTF-16 units less one per surrogate pair (no copy, no array). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const before = s.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) n--;
    }
  }
  return n;
}

/** Map of id → index of its first occurrence; calls `duplicate` for every later one. */
function firstIndexes(
  items: readonly Loose[],
  duplicate: (id: string, index: number, first: number) => void,
) {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const id = asString(item.id);
    if (id === undefined) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else duplicate(id, i, seen);
  });
  return first;
}

/** Curators usually miss by typography; say so when that is the only difference. */
function quoteMismatch(quote: string, text: string): string {
  const loose = (s: string) =>
    s
      .replace(/[„“”"«»]/g, '"')
      .replace(/[‚‘’']/g, "'")
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ');
  const hint = loose(text).includes(loose(quote))
    ? ' (it differs only in quotation marks, dashes or white space: copy it verbatim)'
    : '';
  return `quote is not an exact substring of the article text${hint}`;
}
