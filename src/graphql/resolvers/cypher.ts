/**
 * `Query.cypher`: read-only Cypher for analysts (src/cypher/runReadOnlyCypher.ts does the work, on
 * the analysts' worker thread: src/cypher/worker/).
 * Here: whether the field is open, which client asks and whether it may start one more query
 * now (AnalystSlots), and the mapping of refusals to GraphQL error codes.
 */
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { Slot } from '../../cypher/AnalystSlots.js';
import {
  CypherBusy,
  CypherInputError,
  CypherRefused,
  CypherResultTooLarge,
  CypherTimeout,
  CypherTooMuchMemory,
} from '../../cypher/cypherErrors.js';
import type { CypherSettings } from '../../cypher/cypherSettings.js';
import { isUnavailable } from '../../neo4j/errors.js';
import { hasValidApiKey } from '../auth/apiKey.js';
import type { GraphQLContext } from '../context.js';
import { badUserInput, forbidden } from '../errors.js';
import type { QueryResolvers } from '../generated/resolvers.js';

/** What yoga merges into our context: the fetch Request, and on Node's HTTP server its `req`. */
type ServerContext = Partial<YogaInitialContext> & { req?: Pick<IncomingMessage, 'socket'> };

export const cypher: QueryResolvers['cypher'] = async (_root, { query, params }, context) => {
  const settings = context.access.cypher;
  const request = (context as ServerContext).request;
  authorize(settings, request);
  const slot = takeSlot(context, settings);
  const sessions: Array<Promise<void>> = [];
  try {
    return await context.analyst.runner.run(query, params, settings, {
      requestId: context.requestId,
      onSessionClosing: (closed) => sessions.push(closed),
    });
  } catch (err) {
    throw toGraphQLError(err);
  } finally {
    slot.releaseAfter(sessions);
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

function takeSlot(context: GraphQLContext, settings: CypherSettings): Slot {
  const slot = context.analyst.slots.take(clientOf(context as ServerContext, settings), settings.slots);
  if (typeof slot !== 'string') return slot;
  // A slot frees within about one timeout (leftovers Neo4j cannot interrupt take longer).
  throw toGraphQLError(new CypherBusy(slot, Math.max(1, Math.ceil(settings.timeoutMs / 1000))));
}

/**
 * Who asks, for the per-client limit: the holder of the API key (one client, however many
 * addresses it uses), else the address the request came from — the socket's, or behind a
 * trusted proxy (NEWSGRAPH_TRUST_PROXY=true) the last X-Forwarded-For entry, the one that proxy
 * saw (entries before it are the client's own say). In-process requests (tests) share one.
 */
function clientOf(context: ServerContext, settings: CypherSettings): string {
  if (settings.apiKey && hasValidApiKey(context.request, settings.apiKey)) return 'key';
  if (settings.trustProxy) {
    const forwarded = context.request?.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return `ip:${forwarded}`;
  }
  return `ip:${context.req?.socket.remoteAddress ?? 'unknown'}`;
}

function toGraphQLError(err: unknown): unknown {
  if (err instanceof CypherRefused)
    return new GraphQLError(err.message, { extensions: { code: 'FORBIDDEN', reason: err.reason } });
  if (err instanceof CypherInputError) return badUserInput(err.message, { argumentName: err.argument });
  if (err instanceof CypherTimeout)
    return new GraphQLError(err.message, { extensions: { code: 'QUERY_TIMEOUT', timeoutMs: err.timeoutMs } });
  if (err instanceof CypherResultTooLarge)
    return new GraphQLError(err.message, {
      extensions: { code: 'RESULT_TOO_LARGE', maxBytes: err.maxBytes },
    });
  if (err instanceof CypherTooMuchMemory)
    return new GraphQLError(err.message, {
      extensions: { code: 'QUERY_TOO_MUCH_MEMORY', reason: err.reason },
    });
  if (err instanceof CypherBusy)
    return new GraphQLError(err.message, {
      extensions: {
        code: 'RATE_LIMITED',
        limit: err.limit,
        retryAfterSeconds: err.retryAfterSeconds,
        http: { status: 429, headers: { 'Retry-After': String(err.retryAfterSeconds) } },
      },
    });
  // Neo4j unreachable through the analysts' own pool: this request gets 503, but the circuit
  // (everyone's 503) is left to the API's own connection — /ready and the next API read notice.
  if (isUnavailable(err))
    return new GraphQLError('The graph database is not available right now. Try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  return err;
}
