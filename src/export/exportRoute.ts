/**
 * GET /export/graph.{graphml,gexf,cyjs,dot}?center=&hops=&types=&ids= — the graph, or part of it,
 * as a file to download. POST takes the same fields as a form body (the explorer posts its
 * current view's entity ids there when they would make the URL too long).
 * Bad arguments answer 400, an unknown entity 404, Neo4j not (yet) there 503 — each with
 * `{"error": "…"}` naming what was wrong.
 */
import { logger } from '../log/logger.js';
import { isUnavailable } from '../neo4j/errors.js';
import type { Route, RouteServices } from '../http/Route.js';
import { ExportRequestError, parseExportRequest, type RawExportArguments } from './exportRequest.js';
import { runExport } from './writeExport.js';

const PATH = /^\/export\/graph\.([^/]*)$/;

function errorResponse(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

async function argumentsOf(request: Request, url: URL): Promise<RawExportArguments> {
  const format = PATH.exec(url.pathname)?.[1] ?? '';
  let fields: URLSearchParams = url.searchParams;
  if (request.method === 'POST') {
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded'))
      throw new ExportRequestError('POST /export needs a form body (application/x-www-form-urlencoded).');
    fields = new URLSearchParams(await request.text());
  }
  const field = (name: string) => fields.get(name);
  return { format, center: field('center'), hops: field('hops'), types: field('types'), ids: field('ids') };
}

async function handle(request: Request, url: URL, services: RouteServices): Promise<Response> {
  try {
    const exportRequest = parseExportRequest(await argumentsOf(request, url));
    if (!services.db)
      return errorResponse(503, 'The graph database is not available yet. Try again shortly.');
    const result = await runExport(services.db, exportRequest);
    return new Response(result.body, {
      status: 200,
      headers: {
        'content-type': result.mediaType,
        'content-disposition': `attachment; filename="${result.fileName}"`,
        'cache-control': 'no-store',
        'x-newsgraph-nodes': String(result.nodes),
        'x-newsgraph-edges': String(result.edges),
      },
    });
  } catch (err) {
    if (err instanceof ExportRequestError) return errorResponse(err.status, err.message);
    if (isUnavailable(err))
      return errorResponse(503, 'The graph database is not available right now. Try again shortly.');
    logger.error({ err }, 'export failed');
    return errorResponse(500, 'The export failed unexpectedly; the server log has the details.');
  }
}

export const exportRoutes: Route[] = [
  { method: 'GET', path: PATH, handler: handle },
  { method: 'POST', path: PATH, handler: handle },
];
