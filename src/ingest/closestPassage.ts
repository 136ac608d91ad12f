/**
 * Where a quote that is not verbatim in the article text most likely comes from, and the first
 * character where it differs. Curators mostly miss by typography — `-` typed for `–`, straight
 * quotes for „…“, a space for a line break — so the text and the quote are first compared with
 * white space, dashes, quotation marks and case folded; failing that, the passage sharing the
 * most three-letter runs with the quote is taken, if it shares enough to be worth showing.
 */

interface ClosestPassage {
  /** UTF-16 offsets of the passage in the text. */
  start: number;
  end: number;
  /** True when the passage equals the quote once typography and case are folded. */
  sameWords: boolean;
  /** Index (in the quote, UTF-16) of the first character that differs from the passage. */
  differsAt: number;
}

/** Below this share of common trigrams a passage is no help. */
const MIN_SIMILARITY = 0.5;

interface Folded {
  text: string;
  /** Index in the original string of each folded character. */
  at: number[];
}

function fold(s: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    let f: string;
    if (/\s/.test(c)) {
      if (text.endsWith(' ')) continue;
      f = ' ';
    } else if (/[\u00ad\u200b-\u200d\ufeff]/.test(c)) continue;
    else if (/[\u2010-\u2015\u2212-]/.test(c)) f = '-';
    else if (/["„“”«»‟]/.test(c)) f = '"';
    else if (/['‚‘’‹›`´]/.test(c)) f = "'";
    else {
      const lower = c.toLowerCase();
      f = lower.length === 1 ? lower : c;
    }
    text += f;
    at.push(i);
  }
  return { text, at };
}

function closestPassage(quote: string, text: string): ClosestPassage | undefined {
  const q = fold(quote.trim());
  if (q.text.length === 0) return undefined;
  const t = fold(text);
  const exact = t.text.indexOf(q.text);
  if (exact >= 0) {
    const start = t.at[exact]!;
    const end = t.at[exact + q.text.length - 1]! + 1;
    return { start, end, sameWords: true, differsAt: firstDifference(quote, text.slice(start, end)) };
  }
  const best = mostSimilarWindow(q.text, t.text);
  if (!best) return undefined;
  const start = t.at[best.start]!;
  const end = t.at[Math.min(best.start + q.text.length, t.text.length) - 1]! + 1;
  return { start, end, sameWords: false, differsAt: firstDifference(quote, text.slice(start, end)) };
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const trigrams = (s: string) => {
  const set = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) set.add(s.slice(i, i + 3));
  return set;
};

/** The window of the quote's length, starting at a word, that shares the most trigrams with it. */
function mostSimilarWindow(q: string, t: string): { start: number } | undefined {
  const wanted = trigrams(q);
  if (wanted.size === 0) return undefined;
  let best: { start: number; score: number } | undefined;
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && t[i - 1] !== ' ') continue;
    const window = trigrams(t.slice(i, i + q.length));
    let shared = 0;
    for (const g of window) if (wanted.has(g)) shared++;
    const score = (2 * shared) / (wanted.size + window.size);
    if (!best || score > best.score) best = { start: i, score };
  }
  return best && best.score >= MIN_SIMILARITY ? best : undefined;
}

const NAMES: Record<string, string> = {
  ' ': 'a space',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\u00a0': 'a no-break space',
  '-': 'a hyphen-minus "-"',
  '–': 'an en dash "–"',
  '—': 'an em dash "—"',
  '"': "a straight quotation mark '\"'",
  '„': 'a low quotation mark "„"',
  '“': 'a quotation mark "“"',
  '”': 'a quotation mark "”"',
  "'": `an apostrophe "'"`,
  '’': 'a right single quotation mark "’"',
};

/** How a person would call a character: `an en dash "–"`, `a line break`, `"x" (U+0078)`. */
function describeCharacter(c: string | undefined): string {
  if (c === undefined) return 'the end';
  return NAMES[c] ?? `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** The report's lines for a quote that is not in the text; none when nothing resembles it. */
export function passageHints(quote: string, text: string): string[] {
  const p = closestPassage(quote, text);
  if (!p) return ['no passage of the article resembles it'];
  const passage = text.slice(p.start, p.end);
  const line = text.slice(0, p.start).split('\n').length;
  const shown = passage.length > 240 ? `${passage.slice(0, 240)}…` : passage;
  return [
    `closest passage (line ${line} of the article text): ${JSON.stringify(shown)}`,
    `they differ first at character ${p.differsAt + 1} of the quote: the quote has ${describeCharacter(
      quote[p.differsAt],
    )}, the article ${describeCharacter(passage[p.differsAt])}`,
  ];
}
