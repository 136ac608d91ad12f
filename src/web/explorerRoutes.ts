/**
 * The explorer page at `/` and its bundle at `/explorer/…` (built by buildExplorer.ts on first
 * use if needed). The page reads the graph from /graphql like any other client. A strict
 * Content-Security-Policy keeps it to its own origin: no CDN, nothing inline but styles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { logger } from '../log/logger.js';
import type { Route } from '../http/Route.js';
import { DIST_DIR, ensureExplorerBuilt, WEB_DIR } from './buildExplorer.js';

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape.js sizes its canvases through style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const ASSET = /^\/explorer\/((?:explorer|curate)\.(?:js|css)(?:\.map)?|(?:explorer|curate)\.js\.LEGAL\.txt)$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A page of the bundled app (`index.html`, `curate.html`), under the explorer's security policy. */
export async function appPage(file: string): Promise<Response> {
  const html = await readFile(path.join(WEB_DIR, file), 'utf8');
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

async function asset(_request: Request, url: URL): Promise<Response> {
  const name = ASSET.exec(url.pathname)?.[1];
  if (!name) return new Response('Not found', { status: 404 });
  try {
    await ensureExplorerBuilt();
    const body = await readFile(path.join(DIST_DIR, name));
    return new Response(body, {
      headers: {
        'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Response('Not found', { status: 404 });
    logger.error({ err }, 'explorer bundle could not be built or read');
    return new Response('The explorer bundle could not be built; the server log has the details.', {
      status: 500,
    });
  }
}

export const explorerRoutes: Route[] = [
  { method: 'GET', path: /^\/$/, handler: () => appPage('index.html') },
  { method: 'GET', path: ASSET, handler: asset },
];
