/**
 * A fast-check arbitrary of random edits to a JSON document (for fuzzing fact files): 1 to 4
 * edits, each at a random place — a key removed, a value replaced by random JSON, by a tricky
 * string or number, by another value of the same document, an array element duplicated — or,
 * half of the time, a harmless one (other text in a free-text field), so valid files get loaded
 * too and both outcomes are exercised.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const TRICKY: Json[] = [
  '',
  ' ',
  'x'.repeat(5000),
  '"; MATCH (n) DETACH DELETE n //',
  '../../etc/passwd',
  'ACCUSES',
  'NOT_A_TYPE',
  'deepseek',
  'Ünïcödé „Zitat“ 🙂',
  '\u0000',
  -1,
  0,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  true,
  null,
  [],
  {},
];

function paths(doc: Json, at: Path = []): Path[] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(doc)) return [...here, ...doc.flatMap((v, i) => paths(v, [...at, i]))];
  if (doc !== null && typeof doc === 'object')
    return [...here, ...Object.entries(doc).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

const get = (doc: Json, path: Path): Json =>
  path.reduce<Json>((d, k) => (d as Record<string | number, Json>)[k] as Json, doc);

type Edit = { kind: 'remove' | 'replace' | 'duplicate' | 'retext'; at: number; value: Json; from: number };

/** Free-text fields: any non-blank text is valid there, so a `retext` edit keeps the file valid. */
const FREE_TEXT = new Set(['title', 'summary', 'name', 'description']);

function apply(doc: Json, edit: Edit): Json {
  if (edit.kind === 'retext') {
    const texts = paths(doc).filter((p) => FREE_TEXT.has(String(p[p.length - 1])));
    if (texts.length === 0) return doc;
    const path = texts[edit.at % texts.length]!;
    const parent = get(doc, path.slice(0, -1)) as Record<string, Json>;
    parent[String(path[path.length - 1])] = edit.value;
    return doc;
  }
  const all = paths(doc);
  if (all.length === 0) return edit.value;
  const path = all[edit.at % all.length]!;
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  if (edit.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (edit.kind === 'duplicate' && Array.isArray(parent)) {
    parent.splice(Number(key), 0, structuredClone(parent[Number(key)]!));
  } else {
    const other = all[edit.from % all.length]!;
    const value = edit.kind === 'duplicate' ? structuredClone(get(doc, other)) : edit.value;
    (parent as Record<string | number, Json>)[key] = value;
  }
  return doc;
}

const hostile: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('remove', 'replace', 'duplicate'),
  at: fc.nat(),
  from: fc.nat(),
  value: fc.oneof(
    fc.constantFrom(...TRICKY),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.string(),
  ),
});

/** Keeps the file valid: other (odd, non-blank) text in a free-text field. */
const benign: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constant('retext' as const),
  at: fc.nat(),
  from: fc.nat(),
  value: fc.string({ minLength: 1, unit: 'grapheme' }).filter((t) => t.trim().length > 0),
});

const edit = fc.oneof(hostile, benign);

/** `doc` with 1–3 random edits (a fresh copy each time). */
export function mutatedJson(doc: object): fc.Arbitrary<Json> {
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce<Json>((d, e) => apply(d, e), structuredClone(doc) as Json));
}
