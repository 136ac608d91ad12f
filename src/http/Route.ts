/**
 * A plain HTTP route beside GraphQL (the explorer page, exports, GraphiQL's assets). Features
 * declare their routes with this type and the server mounts them (src/server/httpRoutes.ts), so a
 * feature never imports the server that serves it.
 */
import type { Database } from '../neo4j/Database.js';

/** What a route may use of the running service: the graph, once Neo4j is connected. */
export interface RouteServices {
  readonly db: Database | null;
}

export type RouteHandler = (
  request: Request,
  url: URL,
  services: RouteServices,
) => Promise<Response> | Response;

export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the URL's pathname. */
  path: RegExp;
  handler: RouteHandler;
}
