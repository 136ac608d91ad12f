/**
 * Precision and recall of suggestions against a curated fact file: a suggestion matches a fact
 * when type, subject and object agree and their quotes overlap in the text.
 */
import type { RelationType } from './lexicon.js';

export interface Scored {
  suggestions: number;
  facts: number;
  /** Suggestions that match a fact. */
  correct: number;
  /** Facts that some suggestion matches. */
  found: number;
  precision: number;
  recall: number;
}

export interface FactLike {
  subject: string;
  type: string;
  object: string;
  quote: string;
}
export interface SuggestionLike extends FactLike {
  start: number;
  end: number;
}

export function scoreSuggestions(
  suggestions: readonly SuggestionLike[],
  facts: readonly FactLike[],
  text: string,
  types?: readonly RelationType[],
): Scored {
  const within = (t: string) => !types || types.includes(t as RelationType);
  const s = suggestions.filter((x) => within(x.type));
  const f = facts.filter((x) => within(x.type));
  const matches = (a: SuggestionLike, b: FactLike) =>
    a.type === b.type &&
    a.subject === b.subject &&
    a.object === b.object &&
    occurrences(text, b.quote).some((at) => at < a.end && a.start < at + b.quote.length);
  const correct = s.filter((x) => f.some((y) => matches(x, y))).length;
  const found = f.filter((y) => s.some((x) => matches(x, y))).length;
  return {
    suggestions: s.length,
    facts: f.length,
    correct,
    found,
    precision: s.length === 0 ? 0 : correct / s.length,
    recall: f.length === 0 ? 0 : found / f.length,
  };
}

function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && quote; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}
