/**
 * Plain HTTP routes beside GraphQL (the explorer page at /, exports at /export/…), as one yoga
 * plugin, so `app.fetch` in tests reaches them exactly as a browser does.
 */
import type { Plugin } from 'graphql-yoga';
import { exportRoutes } from '../export/exportRoute.js';
import { curateRoutes } from '../web/curateRoutes.js';
import { explorerRoutes } from '../web/explorerRoutes.js';
import { graphiqlRoutes } from './graphiql/graphiqlRoutes.js';
import type { Route } from '../http/Route.js';
import type { Services } from './Services.js';

/** Every plain route of the service. Features register theirs here. */
export const routes: Route[] = [...explorerRoutes, ...curateRoutes, ...exportRoutes, ...graphiqlRoutes];

export function useHttpRoutes(services: Services): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const route = routes.find((r) => r.method === request.method && r.path.test(url.pathname));
      if (route) endResponse(await route.handler(request, url, services));
    },
  };
}
