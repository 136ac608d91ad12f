/**
 * The newsgraph HTTP app: GraphQL (with GraphiQL) at /graphql, /health and /ready — built here as
 * a fetch handler, so tests call `app.fetch` in-process; listen.ts opens the port.
 *
 * Hardening (SECURITY.md): a request id on every request and response; a body limit before any
 * parsing; no batching; CSRF prevention; query limits checked at validation, before any resolver
 * runs; unexpected errors masked and logged under the request id. Hot public reads are answered
 * from a short-lived response cache (cache/useResponseCaching.ts) unless NEWSGRAPH_CACHE_TTL_MS=0.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { createSchema } from '../graphql/createSchema.js';
import { useInputErrorCodes } from '../graphql/inputErrorCodes.js';
import { serviceUnavailable } from '../graphql/errors.js';
import { useBodyLimit } from './bodyLimit.js';
import { useCompiledExecution } from './compiledExecution.js';
import type { AppSettings } from './appSettings.js';
import { useResponseCaching } from './cache/useResponseCaching.js';
import { CSRF_HEADERS } from './csrf.js';
import { renderGraphiQL } from './graphiql/graphiqlPage.js';
import { useHttpRoutes } from './httpRoutes.js';
import { createMaskError, yogaLogger } from './maskErrors.js';
import { useQueryLimits } from './queryLimits.js';
import { currentRequestId, requestIdOf, useRequestId } from './requestContext.js';
import type { Services } from './Services.js';

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

const GRAPHQL_PATH = '/graphql';

export function createApp(services: Services, settings: AppSettings): App {
  const { limits, cache, access } = settings;
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'newsgraph — GraphiQL' },
    // Served from our own origin (graphiql/), not yoga's default CDN: works offline.
    renderGraphiQL,
    logging: yogaLogger,
    // useBodyLimit enforces NEWSGRAPH_MAX_BODY_BYTES first; yoga's own 25 MB limit would only
    // stream every body through one more TransformStream.
    maxRequestBodySize: false,
    // One operation per request: a batch of 1000 queries would slip past every per-query limit.
    batching: false,
    // Any site may read the public graph, but never with a browser's stored credentials (yoga's
    // default reflects the origin and allows credentials, which would expose, e.g., a proxy's
    // HTTP basic auth to every site).
    cors: { origin: '*', credentials: false },
    context: ({ request }) => {
      // While the circuit is open (Neo4j unreachable), fail at once: no request waits on the driver.
      if (!services.db || services.circuit.isOpen) throw serviceUnavailable();
      return createContext(services.db, currentRequestId() ?? requestIdOf(request), access, services.analyst);
    },
    maskedErrors: { maskError: createMaskError(() => services.circuit.open()), isDev: false },
    plugins: [
      useRequestId(),
      useBodyLimit(limits.maxBodyBytes),
      useHttpRoutes(services),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => services.isReady(),
      }),
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      ...useQueryLimits(limits),
      useInputErrorCodes(),
      useCompiledExecution(),
      // Last: its executor must be the one that runs (a refusal above stops before it).
      ...(cache.ttlMs > 0 ? [useResponseCaching(services, cache, GRAPHQL_PATH)] : []),
    ],
  });
}
