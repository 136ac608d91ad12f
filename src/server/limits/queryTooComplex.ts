/**
 * The one error every query limit refuses with: code QUERY_TOO_COMPLEX, which limit, the value
 * found and the value allowed, and how to narrow the query — so a client (or its developer) can
 * fix the query without reading the server's source.
 */
import { GraphQLError } from 'graphql';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

const LABEL: Record<LimitName, string> = {
  depth: 'depth',
  aliases: 'aliases',
  directives: 'directives',
  tokens: 'token',
  cost: 'cost',
};

export function queryTooComplex(
  limit: LimitName,
  found: number,
  allowed: number,
  hint: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(
    `Query too complex: ${LABEL[limit]} limit of ${allowed} exceeded, found ${found}. ${hint}`,
    {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, found, allowed, ...extensions },
    },
  );
}
