/**
 * User text → a Lucene query for the full-text index: every character Lucene's query syntax
 * gives a meaning is escaped, and the text is lower-cased so AND / OR / NOT are words, not
 * operators. The words are OR-ed (Lucene's default), so the best hits match the most words.
 */
import { badUserInput } from '../errors.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_SEARCH_TEXT = 200;

export function luceneQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_SEARCH_TEXT)
    throw badUserInput(
      `Argument "text" must hold 1 to ${MAX_SEARCH_TEXT} characters besides spaces; got ${JSON.stringify(text)}.`,
      { argument: 'text', value: text },
    );
  return trimmed.toLowerCase().replace(SPECIAL, (c) => `\\${c}`);
}
