/**
 * The curation workbench at `/curate`. Its bundle is built and served with the explorer's
 * (`/explorer/curate.…`); everything it needs from the server goes through /graphql, and the
 * loader's checks run in the page (bundled), so this is the page alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Route } from '../http/Route.js';
import { WEB_DIR } from './buildExplorer.js';
import { EXPLORER_CSP } from './explorerRoutes.js';

async function page(): Promise<Response> {
  const html = await readFile(path.join(WEB_DIR, 'curate.html'), 'utf8');
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

export const curateRoutes: Route[] = [{ method: 'GET', path: /^\/curate\/?$/, handler: page }];
