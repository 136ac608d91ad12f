/** The explorer's HTTP side in-process: the page, its self-hosted bundle (rebuilt when missing), GraphiQL still at /graphql. */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { DIST_DIR, explorerIsStale } from '../../src/web/buildExplorer.js';
import { testSettings } from '../support/appSettings.js';

const app = createApp(new Services(), testSettings());

describe('explorer routes', () => {
  it('serves the page at / with a same-origin Content-Security-Policy and no CDN', async () => {
    const res = await app.fetch('http://test/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script src="/explorer/explorer.js" defer></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('rebuilds a missing bundle on first use and serves it', async () => {
    await rm(path.join(DIST_DIR, 'explorer.css'), { force: true });
    expect(explorerIsStale()).toBe(true);
    const css = await app.fetch('http://test/explorer/explorer.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(explorerIsStale()).toBe(false);
    const js = await app.fetch('http://test/explorer/explorer.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await js.text()).length).toBeGreaterThan(100_000); // Cytoscape.js is bundled in
  });

  it('serves nothing else from the folder', async () => {
    expect((await app.fetch('http://test/explorer/inputs.json')).status).toBe(404);
    expect((await app.fetch('http://test/explorer/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('keeps GraphiQL at /graphql', async () => {
    const res = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('GraphiQL');
  });
});
