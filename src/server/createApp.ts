/**
 * The newsgraph HTTP app: GraphQL (with GraphiQL) at /graphql, /health and /ready — built here as
 * a fetch handler, so tests call `app.fetch` in-process; listen.ts opens the port.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.js';
import { createSchema } from '../graphql/createSchema.js';
import { serviceUnavailable, toClientError } from '../graphql/errors.js';
import { logger } from '../log/logger.js';
import { useHttpRoutes } from './httpRoutes.js';
import type { Services } from './Services.js';

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export function createApp(services: Services): App {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'newsgraph — GraphiQL' },
    logging: logger,
    context: ({ request }) => {
      if (!services.db) throw serviceUnavailable();
      return { db: services.db, requestId: request.headers.get('x-request-id') ?? randomUUID() };
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        const mapped = toClientError(error);
        if (mapped instanceof GraphQLError && mapped.extensions?.code) return mapped;
        logger.error({ err: error }, 'unexpected error in a GraphQL request');
        return maskError(mapped, message, isDev);
      },
    },
    plugins: [
      useHttpRoutes(services),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => services.isReady(),
      }),
    ],
  });
}
