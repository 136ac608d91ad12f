/**
 * What every explorer test starts with: a test database (filled by `fill`), the app on a real
 * port, headless Chromium with one 1600×1000 page that records script errors, and the folder
 * screenshots go to (test-artifacts/).
 */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../../src/neo4j/Database.js';
import { createApp } from '../../../src/server/createApp.js';
import { boundPort, listen } from '../../../src/server/listen.js';
import { Services } from '../../../src/server/Services.js';
import { ensureExplorerBuilt } from '../../../src/web/buildExplorer.js';
import { launchChromium } from '../../../src/web/chromium.js';
import { testSettings } from '../../support/appSettings.js';
import { openTestDatabase } from '../../support/testDatabase.js';

export const ARTIFACTS = path.resolve('test-artifacts');

export interface ExplorerSession {
  db: Database;
  page: Page;
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base: string;
  /** Uncaught script errors of the page, in order. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openExplorerSession(
  fill: (db: Database) => Promise<unknown>,
): Promise<ExplorerSession> {
  const db = await openTestDatabase();
  let server: Server | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await db.close();
  };
  try {
    await fill(db);
    await ensureExplorerBuilt();
    server = await listen(createApp(new Services({ db }), testSettings()), 0, '127.0.0.1');
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await mkdir(ARTIFACTS, { recursive: true });
    return { db, page, base: `http://127.0.0.1:${boundPort(server)}`, pageErrors, close };
  } catch (err) {
    await close();
    throw err;
  }
}
