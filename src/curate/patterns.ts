/**
 * The lexicon's patterns (lexicon.ts) matched against the words of a text: `wort`, `Vorwürf*`,
 * `*beschränkung*`, `wirft … vor` (up to MAX_GAP words between), `nach Angaben von`.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A pattern match: where its first word is, and where the whole pattern spans. */
export interface PatternMatch {
  start: number;
  firstEnd: number;
  end: number;
  /** The words that matched, joined by " … " where there was a gap. */
  matched: string;
}

const MAX_GAP = 6;

export function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

type Step = { word: (w: string) => boolean; gap: boolean };

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
      steps.push({ word: wordTest(part), gap });
      gap = false;
    }
  }
  return steps;
}

export function matchPattern(steps: readonly Step[], ws: readonly Word[]): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!steps[0]!.word(ws[i]!.text)) continue;
    const at = [i];
    let ok = true;
    for (let s = 1; s < steps.length && ok; s++) {
      const last = at[at.length - 1]!;
      const reach = steps[s]!.gap ? MAX_GAP + 1 : 1;
      let hit = -1;
      for (let j = last + 1; j <= Math.min(last + reach, ws.length - 1); j++)
        if (steps[s]!.word(ws[j]!.text)) {
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
    });
  }
  return found;
}
