/**
 * Which sentences of an article its facts quote: each sentence with the facts whose quote
 * overlaps it, and the sentences no fact covers — what an editor has left to read.
 */
import { splitSentences, type Sentence } from './sentences.js';

export interface CoveredSentence extends Sentence {
  /** 1-based line of the sentence in the text. */
  line: number;
  facts: Array<{ id: string; type: string }>;
}

export function coverage(
  text: string,
  language: string,
  facts: ReadonlyArray<{ id: string; type: string; quote: string }>,
): CoveredSentence[] {
  const quoted = facts.flatMap((f) => {
    const at = text.indexOf(f.quote);
    return at < 0 ? [] : [{ id: f.id, type: f.type, start: at, end: at + f.quote.length }];
  });
  return splitSentences(text, language).map((s) => ({
    ...s,
    line: text.slice(0, s.start).split('\n').length,
    facts: quoted.filter((q) => q.start < s.end && s.start < q.end).map(({ id, type }) => ({ id, type })),
  }));
}

export function formatCoverage(sentences: readonly CoveredSentence[]): string {
  const lines: string[] = [];
  sentences.forEach((s, i) => {
    lines.push(`${i + 1}. (line ${s.line}) ${s.text}`);
    for (const f of s.facts) lines.push(`     ${f.type} ${f.id}`);
  });
  const open = sentences.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.facts.length === 0);
  lines.push('', `${open.length} of ${sentences.length} sentences are quoted by no fact:`);
  for (const { s, n } of open) lines.push(`${n}. (line ${s.line}) ${s.text}`);
  return lines.join('\n') + '\n';
}
