/**
 * Where a text mentions known entities: by name and aliases, also inflected — a genitive or
 * possessive "s" ("DeepSeeks", "OpenAIs", "OpenAI's") and a capital first letter at the start
 * of a sentence ("Chinesische Staatsmedien"). Overlaps go to the longest form ("US-Navy" over
 * "US"). A mention is marked
 *   - `compound` when a hyphen joins it to a following word ("OpenAI-Daten": the data, not the
 *     company — not a subject or object of a suggestion, except as noted in lexicon.ts);
 *   - `place` after "in", "aus", "nach"… ("in den USA": where, not who — never a subject).
 */
import { words } from './patterns.js';

export interface KnownEntity {
  id: string;
  name: string;
  kind: string;
  aliases: readonly string[];
  roles?: ReadonlyArray<{ title: string; of: string }>;
  description?: string;
}

export interface Mention {
  entity: KnownEntity;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  form: string;
  /** The word a hyphen joins the mention to ("Daten" in "OpenAI-Daten"), if any. */
  compound?: string;
  place: boolean;
}

const SUFFIXES = ['', 's', "'s", '’s'];
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|im|in der|in den|in dem|aus|aus der|aus den|nach|from|in the)\s+$/iu;

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);

export function findMentions(text: string, entities: readonly KnownEntity[]): Mention[] {
  // Forms by their first word, so the text is walked once however many entities there are.
  const byFirstWord = new Map<string, Array<{ form: string; entity: KnownEntity }>>();
  for (const entity of entities)
    for (const base of new Set([entity.name, ...entity.aliases]))
      for (const form of new Set([base, capitalised(base)])) {
        const first = words(form)[0]?.text;
        if (!first || form.trim() !== form) continue;
        const list = byFirstWord.get(first) ?? [];
        list.push({ form, entity });
        byFirstWord.set(first, list);
      }

  const found: Mention[] = [];
  for (const w of words(text)) {
    // A form starts where a word starts; the word may carry a suffix ("OpenAIs" starts "OpenAI").
    const candidates = [...(byFirstWord.get(w.text) ?? []), ...prefixForms(byFirstWord, w.text)];
    for (const { form, entity } of candidates) {
      if (!text.startsWith(form, w.start)) continue;
      const end = endOf(text, w.start + form.length);
      if (end === undefined) continue;
      found.push({ entity, start: w.start, end, form: text.slice(w.start, end), place: false });
    }
  }
  // Longest first at each start; then drop those overlapping an earlier one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  for (const m of kept) {
    const compound = /^-([\p{L}\p{N}]+)/u.exec(text.slice(m.end));
    if (compound) m.compound = compound[1];
    m.place = PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  }
  return kept;
}

/** Forms whose first word is `word` less a possessive ending ("OpenAIs" → forms of "OpenAI"). */
function prefixForms(
  byFirstWord: ReadonlyMap<string, Array<{ form: string; entity: KnownEntity }>>,
  word: string,
) {
  return word.length > 1 && word.endsWith('s') ? (byFirstWord.get(word.slice(0, -1)) ?? []) : [];
}

/** The mention's end after an optional inflection, if a word boundary follows; else undefined. */
function endOf(text: string, at: number): number | undefined {
  for (const suffix of SUFFIXES.slice().reverse())
    if (text.startsWith(suffix, at) && !/[\p{L}\p{N}]/u.test(text.charAt(at + suffix.length)))
      return at + suffix.length;
  return undefined;
}

/** The entity mentioned most often, not counting compounds: what the article is about. */
export function topicEntity(mentions: readonly Mention[]): KnownEntity | undefined {
  const counts = new Map<KnownEntity, number>();
  for (const m of mentions) if (!m.compound) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: KnownEntity | undefined;
  for (const [e, n] of counts) if (!best || n > counts.get(best)!) best = e;
  return best;
}
