/** The workbench's HTTP side in-process: the page, and its bundle beside the explorer's. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { explorerIsStale } from '../../src/web/buildExplorer.js';
import { testSettings } from '../support/appSettings.js';

const app = createApp(new Services(), testSettings());

describe('curation workbench routes', () => {
  it('serves the page at /curate and its bundle under /explorer/', async () => {
    const page = await app.fetch('http://test/curate');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/explorer/curate.js" defer></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const js = await app.fetch('http://test/explorer/curate.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // The loader's checks are in the bundle (zod's messages with them), Node's modules are not.
    const source = await js.text();
    expect(source).toContain('is not an entity defined in this file');
    expect(source).toContain('is not available in the browser');
    expect((await app.fetch('http://test/explorer/curate.css')).status).toBe(200);
  });

  it('counts the bundle current once built (stubbed Node modules are no source files)', async () => {
    await app.fetch('http://test/explorer/curate.js');
    expect(explorerIsStale()).toBe(false);
  });
});
