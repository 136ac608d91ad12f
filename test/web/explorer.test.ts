/**
 * The explorer page in a real browser: Debian's headless Chromium driven by playwright-core,
 * against the app on a real port with the seed graph. Screenshots go to test-artifacts/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphml } from '../export/parseExport.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { ARTIFACTS, openExplorerSession, type ExplorerSession } from './support/explorerSession.js';

const ACCUSATION = 'openai-accuses-deepseek-distillation';

let page: Page;
let base: string;
let pageErrors: string[];
let session: ExplorerSession;

beforeAll(async () => {
  session = await openExplorerSession(loadSeedGraph);
  ({ page, base, pageErrors } = session);
});

afterAll(() => session?.close());

const drawn = async () =>
  page.evaluate(() => ({
    nodes: Number(document.getElementById('graph')?.dataset.nodes),
    edges: Number(document.getElementById('graph')?.dataset.edges),
  }));

async function openPage(query = ''): Promise<void> {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}

/**
 * Clicks the edge with the mouse, as a user would, and waits for its details: once the view has
 * come to rest (a click computed while it animates lands beside the edge), with the edge panned to
 * the middle of the view (the force layout may have put it under the side panel or off the canvas).
 * A node or a parallel edge's label may lie on the midpoint: then points a third of the way from
 * either end are tried too.
 */
async function clickEdge(id: string): Promise<void> {
  const at = () =>
    page.evaluate((edgeId) => {
      const edge = window.cy.getElementById(edgeId);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const [s, t] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
      const along = (f: number) => ({
        x: box.left + s.x + f * (t.x - s.x),
        y: box.top + s.y + f * (t.y - s.y),
      });
      const mid = edge.renderedMidpoint();
      return {
        points: [{ x: box.left + mid.x, y: box.top + mid.y }, along(1 / 3), along(2 / 3)],
        moving: window.cy.animated(),
      };
    }, id);
  let view = await at();
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((r) => setTimeout(r, 100));
    const next = await at();
    const still = !next.moving && JSON.stringify(next.points) === JSON.stringify(view.points);
    view = next;
    if (still) break;
  }
  await page.evaluate((edgeId) => window.cy.center(window.cy.getElementById(edgeId)), id);
  view = await at();
  const details = page.locator(`#details[data-relation="${id}"]`);
  for (const point of view.points) {
    await page.mouse.click(point.x, point.y);
    if (
      await details.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`clicking edge ${id} at ${JSON.stringify(view.points)} showed no details for it`);
}

describe('the explorer page at /', () => {
  it('draws the seed graph: 21 entities and 32 relations, named, styled by kind and type', async () => {
    await openPage();
    expect(await drawn()).toEqual({ nodes: 21, edges: 32 });
    const look = await page.evaluate((id) => {
      const cy = window.cy;
      const edge = cy.getElementById(id);
      return {
        labels: cy.nodes().map((n) => n.style('label') as string),
        edgeLabel: edge.style('label') as string,
        arrow: edge.style('target-arrow-shape') as string,
        colour: edge.style('line-color') as string,
        openaiColour: cy.getElementById('openai').style('background-color') as string,
        personColour: cy.getElementById('donald-trump').style('background-color') as string,
      };
    }, ACCUSATION);
    expect(look.labels).toEqual(
      expect.arrayContaining(['OpenAI', 'DeepSeek', 'White House', 'Donald Trump']),
    );
    expect(look.edgeLabel).toBe('accuses');
    expect(look.arrow).toBe('triangle');
    expect(look.colour).toBe('rgb(214,39,40)');
    expect(look.openaiColour).not.toBe(look.personColour);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-seed-graph.png') });
  });

  it('search "Weißes Haus" finds the White House and selects it', async () => {
    await page.fill('#search-input', 'Weißes Haus');
    const hit = page.locator('#search-results li[data-id="white-house"]');
    await hit.waitFor({ timeout: 10_000 });
    expect(await hit.textContent()).toContain('White House');
    await hit.click();
    await page.waitForSelector('#details[data-entity="white-house"]');
    expect(await page.evaluate(() => window.cy.$('node:selected').map((n) => n.id()))).toEqual([
      'white-house',
    ]);
    expect(await page.textContent('#details')).toContain('Weißes Haus');
  });

  it('clicking the ACCUSES edge from OpenAI to DeepSeek shows the German quote and the denial', async () => {
    await page.click('#reset');
    await page.waitForSelector('body[data-state="ready"]');
    await clickEdge(ACCUSATION);
    const quote = await page.textContent('#details blockquote.quote');
    expect(quote).toBe(
      'Laut OpenAI nutzen Unternehmen wie DeepSeek die Forschung und Modelle führender US-Firmen, um eigene KI-Systeme schneller und kostengünstiger zu entwickeln.',
    );
    const panel = await page.textContent('#details');
    expect(panel).toContain('DeepSeek: Chinas neuer Herausforderer für ChatGPT'); // the article
    expect(panel).toContain('Denied by');
    expect(panel).toContain('Chinese government');
    expect(panel).toContain('Peking wies die US-Vorwürfe eines möglichen Datenklaus zurück.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-accusation.png') });
  });

  it('the relation-type filter hides the edges of unticked types', async () => {
    await page.uncheck('#type-filter input[value="ACCUSES"]');
    expect(await drawn()).toEqual({ nodes: 21, edges: 28 });
    await page.check('#type-filter input[value="ACCUSES"]');
    expect(await drawn()).toEqual({ nodes: 21, edges: 32 });
  });

  it('clicking a node expands its neighbourhood', async () => {
    await openPage('?center=openai&hops=1');
    const before = await drawn();
    expect(before.nodes).toBe(6); // OpenAI, DeepSeek, Chinese AI companies, Microsoft, ChatGPT, OpenAI models
    const point = await page.evaluate(() => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = window.cy.getElementById('deepseek').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      (n) => Number(document.getElementById('graph')?.dataset.nodes) > n,
      before.nodes,
    );
    await page.waitForSelector('#details[data-entity="deepseek"]');
    // One hop from DeepSeek: the White House's investigation comes in; the US Navy (it bans the
    // DeepSeek app, two hops away) does not.
    expect(
      await page.evaluate(() =>
        window.cy.getElementById('white-house-investigates-deepseek-national-security').nonempty(),
      ),
    ).toBe(true);
    expect(await page.evaluate(() => window.cy.getElementById('us-navy').empty())).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-expanded.png') });
  });

  it('downloads the current view: the GraphML file holds the entities drawn', async () => {
    await openPage('?center=openai&hops=1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#downloads button:has-text("GraphML")'),
    ]);
    const file = path.join(ARTIFACTS, 'explorer-view.graphml');
    await download.saveAs(file);
    const graph = parseGraphml(await readFile(file, 'utf8'));
    const shown = await page.evaluate(() =>
      window.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    expect([...graph.nodes.keys()].sort()).toEqual(shown);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
