/**
 * `Query.cypher`: read-only Cypher for analysts (src/cypher/runReadOnlyCypher.ts does the work).
 * Here: whether the field is open, and the mapping of refusals to GraphQL error codes.
 */
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import { CypherInputError, CypherRefused, CypherTimeout } from '../../cypher/cypherErrors.js';
import { cypherSettings, type CypherSettings } from '../../cypher/cypherSettings.js';
import { runReadOnlyCypher } from '../../cypher/runReadOnlyCypher.js';
import { hasValidApiKey } from '../../server/apiKey.js';
import { badUserInput, forbidden } from '../errors.js';
import type { QueryResolvers } from '../generated/resolvers.js';

export const cypher: QueryResolvers['cypher'] = async (_root, { query, params }, context) => {
  const settings = cypherSettings();
  // yoga merges its initial context (with the HTTP request) into ours.
  authorize(settings, (context as Partial<YogaInitialContext>).request);
  try {
    return await runReadOnlyCypher(context.db, query, params, settings);
  } catch (err) {
    throw toGraphQLError(err);
  }
};

function authorize(settings: CypherSettings, request: Request | undefined): void {
  if (settings.mode === 'off')
    throw forbidden('Query.cypher is switched off on this server (NEWSGRAPH_CYPHER=off).');
  if (settings.mode !== 'key') return;
  if (!settings.apiKey)
    throw forbidden('Query.cypher needs an API key, but the server has none configured (NEWSGRAPH_API_KEY).');
  if (!hasValidApiKey(request, settings.apiKey))
    throw new GraphQLError('Query.cypher needs an API key: send the header Authorization: Bearer <key>.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
}

function toGraphQLError(err: unknown): unknown {
  if (err instanceof CypherRefused)
    return new GraphQLError(err.message, { extensions: { code: 'FORBIDDEN', reason: err.reason } });
  if (err instanceof CypherInputError) return badUserInput(err.message, { argumentName: err.argument });
  if (err instanceof CypherTimeout)
    return new GraphQLError(err.message, { extensions: { code: 'QUERY_TIMEOUT', timeoutMs: err.timeoutMs } });
  return err;
}
