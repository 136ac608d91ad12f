/**
 * The token limit, applied by the parser itself (graphql-js stops lexing past `maxTokens`), so a
 * huge document costs no more than the limit to refuse.
 */
import { GraphQLError, Lexer, Source, TokenKind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplex } from './queryTooComplex.js';

const HINT = 'Shorten the query: put repeated selections into a fragment, or split it into several queries.';

export function useTokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens });
        } catch (error) {
          const found = error instanceof GraphQLError ? countTokens(source, maxTokens) : 0;
          if (found > maxTokens) throw queryTooComplex('tokens', found, maxTokens, HINT);
          throw error;
        }
      });
    },
  };
}

/**
 * Tokens of `source`, counted as the parser counts them (punctuators, names, values; not
 * comments). Stops at 10 × the limit: a body is at most NEWSGRAPH_MAX_BODY_BYTES anyway, and the
 * client needs to know how far over it is, not the exact figure of a giant document.
 */
function countTokens(source: string | Source, maxTokens: number): number {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && n < maxTokens * 10) n++;
  } catch {
    // A syntax error after the limit: the count so far is what the parser saw.
  }
  return n;
}
