/**
 * GraphiQL works offline: the page at /graphql (asked for as HTML) loads its script, styles and
 * editor workers from newsgraph itself, never from a CDN, and in a real browser with every other
 * host blocked the editor renders and runs a query.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { boundPort, listen } from '../../src/server/listen.js';
import { Services } from '../../src/server/Services.js';
import { launchChromium } from '../../src/web/chromium.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db.close());

const graphiqlPage = async () => {
  const res = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
  return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
};

/** Every URL the page loads: script src, link href, and the workers it names. */
const urlsOf = (html: string) => [
  ...new Set(
    [...html.matchAll(/\b(?:src|href)="([^"]+)"/g), ...html.matchAll(/'(\/[^']+\.js)'/g)].map((m) => m[1]!),
  ),
];

describe('the GraphiQL page', () => {
  it('loads every script, style and worker from our own origin', async () => {
    const page = await graphiqlPage();
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.html).toContain('<title>newsgraph — GraphiQL</title>');
    expect(page.html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    expect(urlsOf(page.html).sort()).toEqual([
      '/graphiql/editor.worker.js',
      '/graphiql/favicon.ico',
      '/graphiql/graphiql.css',
      '/graphiql/graphiql.js',
      '/graphiql/graphql.worker.js',
      '/graphiql/json.worker.js',
    ]);
  });

  it('each of those URLs answers 200 with its type', async () => {
    const page = await graphiqlPage();
    const answers = await Promise.all(
      urlsOf(page.html).map(async (url) => {
        const res = await app.fetch(`http://test${url}`);
        const body = await res.arrayBuffer();
        return {
          url,
          status: res.status,
          type: res.headers.get('content-type'),
          big: body.byteLength > 1000,
        };
      }),
    );
    expect(answers).toEqual(
      urlsOf(page.html).map((url) => ({
        url,
        status: 200,
        type: url.endsWith('.css')
          ? 'text/css; charset=utf-8'
          : url.endsWith('.ico')
            ? 'image/x-icon'
            : 'text/javascript; charset=utf-8',
        big: true,
      })),
    );
  });

  it('unknown assets are 404', async () => {
    expect((await app.fetch('http://test/graphiql/nothing.js')).status).toBe(404);
  });
});

// No Chromium is a failure, not a skip: launchChromium says how to install it.
describe('GraphiQL in a browser with other hosts blocked', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => {
    server = await listen(app, 0, '127.0.0.1');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders the editor and runs a query', async () => {
    const base = `http://127.0.0.1:${boundPort(server)}`;
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${base}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`, {
      waitUntil: 'load',
    });
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.body.innerText.includes('"entities"'), undefined, {
      timeout: 30_000,
    });
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 90_000);
});
