/**
 * The newsgraph HTTP app: GraphQL (with GraphiQL) at /graphql, /health and /ready — built here as
 * a fetch handler, so tests call `app.fetch` in-process; listen.ts opens the port.
 *
 * Hardening (SECURITY.md): a request id on every request and response; a body limit before any
 * parsing; no batching; CSRF prevention; query limits checked at validation, before any resolver
 * runs; unexpected errors masked and logged under the request id.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { parseEnv } from '../config/env.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { createSchema } from '../graphql/createSchema.js';
import { useInputErrorCodes } from '../graphql/inputErrorCodes.js';
import { serviceUnavailable } from '../graphql/errors.js';
import { useBodyLimit } from './bodyLimit.js';
import { CSRF_HEADERS } from './csrf.js';
import { useHttpRoutes } from './httpRoutes.js';
import { createMaskError, yogaLogger } from './maskErrors.js';
import { queryLimits, useQueryLimits, type QueryLimits } from './queryLimits.js';
import { currentRequestId, requestIdOf, useRequestId } from './requestContext.js';
import { useVariableCost } from './variableCost.js';
import type { Services } from './Services.js';

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export interface AppOptions {
  /** Query and body limits; default: from the environment. */
  limits?: QueryLimits;
}

export function createApp(services: Services, o: AppOptions = {}): App {
  const limits = o.limits ?? queryLimits(parseEnv());
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'newsgraph — GraphiQL' },
    logging: yogaLogger,
    // One operation per request: a batch of 1000 queries would slip past every per-query limit.
    batching: false,
    // Any site may read the public graph, but never with a browser's stored credentials (yoga's
    // default reflects the origin and allows credentials, which would expose, e.g., a proxy's
    // HTTP basic auth to every site).
    cors: { origin: '*', credentials: false },
    context: ({ request }) => {
      // While the circuit is open (Neo4j unreachable), fail at once: no request waits on the driver.
      if (!services.db || services.circuit.isOpen) throw serviceUnavailable();
      return createContext(services.db, currentRequestId() ?? requestIdOf(request));
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
      useQueryLimits(limits),
      useVariableCost(limits.maxCost),
      useInputErrorCodes(),
    ],
  });
}
