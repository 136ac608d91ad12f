/**
 * The guard of everything that changes the graph: the request must carry
 * `Authorization: Bearer <NEWSGRAPH_API_KEY>` (compared in constant time, apiKey.ts). With no key
 * configured, writes are off (FORBIDDEN). A missing, wrong or almost-right key all get the very
 * same error, so probing learns nothing about the key.
 */
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import { forbidden } from '../errors.js';
import { hasValidApiKey } from './apiKey.js';

export const WRITES_DISABLED =
  'Changing the graph is disabled on this server: it has no API key configured (NEWSGRAPH_API_KEY).';
export const KEY_REQUIRED = 'This operation needs the API key: send the header Authorization: Bearer <key>.';

/** Throws unless the request of this GraphQL `context` carries the server's API key. */
export function requireApiKey(context: GraphQLContext): void {
  const key = context.access.apiKey;
  if (!key) throw forbidden(WRITES_DISABLED);
  // yoga merges its initial context (with the HTTP request) into ours.
  const request = (context as Partial<YogaInitialContext>).request;
  if (!hasValidApiKey(request, key))
    throw new GraphQLError(KEY_REQUIRED, { extensions: { code: 'UNAUTHENTICATED' } });
}
