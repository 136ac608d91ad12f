/**
 * The curation workbench at `/curate`. Its bundle is built and served with the explorer's
 * (`/explorer/curate.…`); everything it needs from the server goes through /graphql, and the
 * loader's checks run in the page (bundled), so this is the page alone.
 */
import type { Route } from '../http/Route.js';
import { appPage } from './explorerRoutes.js';

export const curateRoutes: Route[] = [
  { method: 'GET', path: /^\/curate\/?$/, handler: () => appPage('curate.html') },
];
