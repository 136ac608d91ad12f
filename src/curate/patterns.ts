/**
 * The lexicon's patterns (lexicon.ts) matched against the words of a text: `wort`, `Vorwürf*`,
 * `*beschränkung*`, `wirft … vor` (up to MAX_GAP words between), `nach Angaben von`, and
 * `fordert … auf$`: a word that ends its clause. A German separable verb's particle stands at the
 * end of its clause ("fordert die Firma auf, …", "kommt der Anordnung nach."), which tells it from
 * the same word as a preposition ("auf der Website"); so such a particle may be further away
 * (up to MAX_FINAL_GAP words), where the object and adverbials of the clause stand.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Punctuation, a conjunction or the end of the text follows: the word ends a clause. */
  final?: boolean;
}

/** A pattern match: where its first word is, and where the whole pattern spans. */
export interface PatternMatch {
  start: number;
  firstEnd: number;
  end: number;
  /** The words that matched, joined by " … " where there was a gap. */
  matched: string;
  /** Where each matched word starts. */
  wordStarts: number[];
}

const MAX_GAP = 6;
const MAX_FINAL_GAP = 12;
const CLAUSE_END =
  /^\s*(?:[,.;:!?…)\]"“”»«’–—]|$|(?:und|oder|aber|sondern|denn|and|or|but)(?![\p{L}\p{N}]))/u;

export function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    final: CLAUSE_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  }));
}

type Step = { word: (w: string) => boolean; gap: boolean; final: boolean };

function wordTest(p: string): (w: string) => boolean {
  const lead = p.startsWith('*');
  const trail = p.endsWith('*');
  const core = p.replace(/^\*|\*$/g, '').toLocaleLowerCase('de');
  return (w) => {
    const x = w.toLocaleLowerCase('de');
    if (lead && trail) return x.includes(core);
    if (lead) return x.endsWith(core);
    if (trail) return x.startsWith(core);
    return x === core;
  };
}

export function compilePattern(pattern: string): Step[] {
  const steps: Step[] = [];
  let gap = false;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '…' || part === '...') gap = true;
    else {
      const final = part.endsWith('$');
      steps.push({ word: wordTest(final ? part.slice(0, -1) : part), gap, final });
      gap = false;
    }
  }
  return steps;
}

const fits = (step: Step, w: Word) => step.word(w.text) && (!step.final || w.final === true);

export function matchPattern(steps: readonly Step[], ws: readonly Word[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!fits(steps[0]!, ws[i]!)) continue;
    const at = [i];
    let ok = true;
    for (let s = 1; s < steps.length && ok; s++) {
      const last = at[at.length - 1]!;
      const step = steps[s]!;
      const reach = step.gap ? (step.final ? MAX_FINAL_GAP : MAX_GAP) + 1 : 1;
      let hit = -1;
      for (let j = last + 1; j <= Math.min(last + reach, ws.length - 1); j++)
        if (fits(step, ws[j]!)) {
          hit = j;
          break;
        }
      if (hit < 0) ok = false;
      else at.push(hit);
    }
    if (!ok) continue;
    const parts = at.map((k, n) => (n > 0 && k > at[n - 1]! + 1 ? `… ${ws[k]!.text}` : ws[k]!.text));
    found.push({
      start: ws[i]!.start,
      firstEnd: ws[i]!.end,
      end: ws[at[at.length - 1]!]!.end,
      matched: parts.join(' '),
      wordStarts: at.map((k) => ws[k]!.start),
    });
  }
  return found;
}
