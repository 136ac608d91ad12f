/**
 * GraphiQL's script, styles, editor workers and icon at /graphiql/…, from the
 * @graphql-yoga/render-graphiql package (the same build yoga's default page loads from a CDN).
 * The package is large, so it is loaded on the first request for an asset, not at start-up.
 */
import type { Route } from '../../http/Route.js';
import { GRAPHIQL_ASSETS } from './graphiqlPage.js';

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

let bundle: Promise<Bundle> | undefined;
const load = () => (bundle ??= import('@graphql-yoga/render-graphiql/graphiql'));

const JS = 'text/javascript; charset=utf-8';
const ASSETS: Record<string, { type: string; body: (b: Bundle) => string | Blob }> = {
  'graphiql.js': { type: JS, body: (b) => b.js },
  'graphiql.css': { type: 'text/css; charset=utf-8', body: (b) => b.css },
  'editor.worker.js': { type: JS, body: (b) => b.editorWorkerService },
  'json.worker.js': { type: JS, body: (b) => b.jsonWorker },
  'graphql.worker.js': { type: JS, body: (b) => b.graphqlWorker },
  'favicon.ico': {
    type: 'image/x-icon',
    body: (b) => new Blob([Buffer.from(b.favicon.replace(/^data:[^,]*;base64,/, ''), 'base64')]),
  },
};

const PATH = new RegExp(`^${GRAPHIQL_ASSETS}/([\\w.]+)$`);

async function asset(_request: Request, url: URL): Promise<Response> {
  const found = ASSETS[PATH.exec(url.pathname)?.[1] ?? ''];
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body(await load()), {
    headers: {
      'content-type': found.type,
      'x-content-type-options': 'nosniff',
      // They change only with the package; an hour keeps reloads fast without pinning old code.
      'cache-control': 'public, max-age=3600',
    },
  });
}

export const graphiqlRoutes: Route[] = [{ method: 'GET', path: PATH, handler: asset }];
