/**
 * The explorer's centrality sizes and community colours in a real browser (headless Chromium, as
 * explorer.test.ts), on the seed: with PageRank chosen the nodes' sizes follow Query.ranking's
 * order exactly (over the relation types the filter shows), with communities on each node has its
 * Entity.community's colour and the legend names each community, and a server without Graph Data
 * Science (its GraphQL answers replaced in the page) leaves the controls disabled with a message
 * and the graph working. Last, with the fixture corpus loaded too (the seed has no dates), the
 * time slider hides nodes without changing the sizes of those it shows.
 */
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import { CORPUS_DIR } from '../claims/corpus.js';
import { MAX_SIZE, MIN_SIZE, NO_GDS } from '../../src/web/app/nodeMeasures.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { ARTIFACTS, openExplorerSession, type ExplorerSession } from './support/explorerSession.js';

/** Cytoscape's node size when no measure is chosen (graphView.ts). */
const ONE_SIZE = 30;

let db: Database;
let page: Page;
let base: string;
let pageErrors: string[];
let session: ExplorerSession;

beforeAll(async () => {
  session = await openExplorerSession(loadSeedGraph);
  ({ db, page, base, pageErrors } = session);
});

afterAll(() => session?.close());

async function api<T>(query: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Ranked {
  rank: number;
  score: number;
  entity: { id: string };
}

const ranking = async (types = '') =>
  (
    await api<{ ranking: Ranked[] }>(
      `{ ranking(measure: PAGERANK, first: 100${types}) { rank score entity { id } } }`,
    )
  ).ranking;

async function openPage(): Promise<void> {
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}

/** Each drawn node's id, size, colour and community, as Cytoscape draws them. */
const nodes = () =>
  page.evaluate(() =>
    window.cy.nodes().map((n) => ({
      id: n.id(),
      width: n.width(),
      height: n.height(),
      // Cytoscape writes `rgb(1,2,3)`, the browser's computed style `rgb(1, 2, 3)`.
      colour: (n.style('background-color') as string).replace(/ /g, ''),
      community: n.data('community') as string | undefined,
      visible: n.visible(),
    })),
  );

/** The sizes the ranking gives: the top score at MAX_SIZE, area in proportion to the score. */
function expectedSizes(ranked: Ranked[], ids: string[]): Map<string, number> {
  const top = Math.max(...ranked.map((r) => r.score));
  const score = new Map(ranked.map((r) => [r.entity.id, r.score]));
  return new Map(
    ids.map((id) => [id, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((score.get(id) ?? 0) / top)]),
  );
}

/** The drawn nodes largest first, equal sizes in id order: the ranking's order, if sizes follow it. */
const bySize = (drawn: Array<{ id: string; width: number }>) =>
  [...drawn].sort((a, b) => b.width - a.width || a.id.localeCompare(b.id)).map((n) => n.id);

function expectSizesFollow(drawn: Awaited<ReturnType<typeof nodes>>, ranked: Ranked[]): void {
  const sizes = expectedSizes(
    ranked,
    drawn.map((n) => n.id),
  );
  for (const n of drawn) {
    expect(n.width, n.id).toBeCloseTo(sizes.get(n.id) ?? Number.NaN, 6);
    expect(n.height, n.id).toBe(n.width);
  }
  const ranks = ranked.map((r) => r.entity.id);
  const unranked = drawn
    .map((n) => n.id)
    .filter((id) => !ranks.includes(id))
    .sort();
  expect(bySize(drawn)).toEqual([...ranks.filter((id) => drawn.some((n) => n.id === id)), ...unranked]);
}

describe('the explorer’s centrality and community controls', () => {
  it(
    'PageRank: node sizes follow Query.ranking exactly, over the relation types shown',
    { timeout: 120_000 },
    async () => {
      await openPage();
      await page.waitForSelector('#graph[data-measures="available"]');
      const before = await nodes();
      expect(before).toHaveLength(21);
      expect(before.every((n) => n.width === ONE_SIZE && n.height === ONE_SIZE)).toBe(true);

      await page.selectOption('#size-by', 'PAGERANK');
      await page.waitForSelector('#graph[data-size-by="PAGERANK"]');
      const all = await ranking();
      // Every seed entity is ranked, the top one is drawn largest and the lowest smallest.
      expect(all.map((r) => r.entity.id).sort()).toEqual(before.map((n) => n.id).sort());
      const drawn = await nodes();
      expectSizesFollow(drawn, all);
      expect(drawn.find((n) => n.id === all[0]?.entity.id)?.width).toBe(MAX_SIZE);
      expect(new Set(drawn.map((n) => n.width)).size).toBeGreaterThan(5);

      // Only accusations and denials ticked: the sizes follow their ranking (DeepSeek first).
      await page.evaluate(() => {
        for (const input of document.querySelectorAll<HTMLInputElement>('#type-filter input'))
          if (input.checked !== ['ACCUSES', 'DENIES'].includes(input.value)) input.click();
      });
      await page.waitForSelector('#graph[data-size-by="PAGERANK"]');
      const accusations = await ranking(', types: [ACCUSES, DENIES]');
      expect(accusations[0]?.entity.id).toBe('deepseek');
      const filtered = await nodes();
      expectSizesFollow(filtered, accusations);
      expect(bySize(filtered)).not.toEqual(bySize(drawn));

      await page.evaluate(() => {
        for (const input of document.querySelectorAll<HTMLInputElement>('#type-filter input'))
          if (!input.checked) input.click();
      });
      await page.waitForSelector('#graph[data-size-by="PAGERANK"]');
      expectSizesFollow(await nodes(), all);

      await page.selectOption('#size-by', '');
      await page.waitForSelector('#graph[data-size-by="none"]');
      expect((await nodes()).every((n) => n.width === ONE_SIZE)).toBe(true);
    },
  );

  it(
    'communities: each node has the colour of its Entity.community, and the legend names them',
    { timeout: 120_000 },
    async () => {
      await openPage();
      const kindColours = new Map((await nodes()).map((n) => [n.id, n.colour]));
      await page.check('#colour-communities');
      await page.waitForSelector('#graph[data-colour-by="community"]');
      const { entities } = await api<{
        entities: { nodes: Array<{ id: string; community: { id: string; size: number } }> };
      }>('{ entities(first: 100) { nodes { id community { id size } } } }');
      const communityOf = new Map(entities.nodes.map((e) => [e.id, e.community.id]));
      const drawn = await nodes();
      expect(drawn.map((n) => [n.id, n.community])).toEqual(drawn.map((n) => [n.id, communityOf.get(n.id)]));

      const legend = await page.$$eval('#community-legend li', (items) =>
        items.map((li) => ({
          community: li.getAttribute('data-community'),
          text: li.textContent,
          title: li.getAttribute('title'),
          colour: getComputedStyle(li.querySelector('.dot')!).backgroundColor.replace(/ /g, ''),
        })),
      );
      expect(legend.map(({ community, text }) => ({ community, text }))).toEqual([
        { community: 'david-sacks', text: 'David Sacks +7' },
        { community: 'cctv', text: 'CCTV +5' },
        { community: 'chinese-ai-companies', text: 'Chinese AI companies +3' },
        { community: 'chatgpt', text: 'ChatGPT +2' },
      ]);
      for (const item of legend) {
        const members = drawn.filter((n) => n.community === item.community);
        expect(item.title).toMatch(new RegExp(`^${members.length} entities, drawn here: `));
      }
      // One colour per community, the legend's, and no two communities alike.
      const colourOf = new Map(legend.map((l) => [l.community, l.colour]));
      expect(new Set(colourOf.values()).size).toBe(4);
      for (const n of drawn) expect(n.colour, n.id).toBe(colourOf.get(n.community ?? ''));

      await page.uncheck('#colour-communities');
      await page.waitForSelector('#graph[data-colour-by="kind"]');
      expect(new Map((await nodes()).map((n) => [n.id, n.colour]))).toEqual(kindColours);
      expect(await page.$$('#community-legend li')).toEqual([]);

      // Both at once, as the README's picture shows them.
      await page.selectOption('#size-by', 'PAGERANK');
      await page.check('#colour-communities');
      await page.waitForSelector('#graph[data-size-by="PAGERANK"][data-colour-by="community"]');
      await page.evaluate(() => window.cy.fit(undefined, 40));
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-measures.png') });
    },
  );
});

describe('a server without Graph Data Science', () => {
  const notes = () =>
    page.evaluate(() => ({
      note: document.getElementById('measures-note')?.textContent,
      noteHidden: document.getElementById('measures-note')?.hidden,
      sizeBy: document.querySelector<HTMLSelectElement>('#size-by')?.disabled,
      communities: document.querySelector<HTMLInputElement>('#colour-communities')?.disabled,
      measures: document.getElementById('graph')?.dataset.measures,
      state: document.body.dataset.state,
      nodes: Number(document.getElementById('graph')?.dataset.nodes),
    }));
  const DISABLED = {
    note: NO_GDS,
    noteHidden: false,
    sizeBy: true,
    communities: true,
    measures: 'unavailable',
    state: 'ready',
    nodes: 21,
  };

  /** Answers the page's GraphQL request `operation` with `body`, the others from the server. */
  async function replace(operation: string, body: unknown): Promise<void> {
    await page.unrouteAll();
    await page.route('**/graphql', (route: Route) =>
      route.request().postData()?.includes(operation)
        ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
        : route.continue(),
    );
  }

  const PLUGIN_MISSING = {
    data: null,
    errors: [
      {
        message: 'This Neo4j has no Graph Data Science plugin, which rankings and communities need.',
        path: ['ranking'],
        extensions: { code: 'PLUGIN_MISSING', plugin: 'gds' },
      },
    ],
  };

  it('stats says gds: null — the controls say so at once and stay disabled', async () => {
    await replace('ExplorerPlugins', { data: { stats: { plugins: { gds: null } } } });
    try {
      await openPage();
      await page.waitForSelector('#graph[data-measures="unavailable"]');
      expect(await notes()).toEqual(DISABLED);
    } finally {
      await page.unrouteAll();
    }
  });

  it('ranking answers PLUGIN_MISSING — the controls say so, disable, and the graph stays as it was', async () => {
    await replace('ExplorerRanking', PLUGIN_MISSING);
    try {
      await openPage();
      await page.waitForSelector('#graph[data-measures="available"]');
      await page.selectOption('#size-by', 'BETWEENNESS');
      await page.waitForSelector('#graph[data-measures="unavailable"]');
      expect(await notes()).toEqual(DISABLED);
      const drawn = await nodes();
      expect(drawn.every((n) => n.width === ONE_SIZE && n.community === undefined)).toBe(true);
      expect(await page.$eval('#size-by', (s: HTMLSelectElement) => s.value)).toBe('');
      // The type filter still works.
      await page.click('#type-filter input[value="ACCUSES"]');
      expect(await page.$eval('#graph', (g) => Number(g.dataset.edges))).toBeLessThan(32);
    } finally {
      await page.unrouteAll();
    }
  });
});

describe('together with the time slider', () => {
  it('with the time slider, on the seed plus the fixture corpus: what it shows keeps its size', async () => {
    await loadPath(db, [CORPUS_DIR]);
    await openPage();
    await page.selectOption('#size-by', 'PAGERANK');
    await page.waitForSelector('#graph[data-size-by="PAGERANK"]');
    const all = await ranking();
    expectSizesFollow(await nodes(), all);
    await page.focus('#time-slider');
    await page.keyboard.press('Home');
    await page.waitForSelector('#graph:not([data-as-of="all"])');
    const early = await nodes();
    expect(early.filter((n) => n.visible).length).toBeLessThan(early.length);
    expect(early.filter((n) => n.visible).length).toBeGreaterThan(0);
    expectSizesFollow(early, all);
    await page.keyboard.press('End');
    await page.waitForSelector('#graph[data-as-of="all"]');
    expect((await nodes()).every((n) => n.visible)).toBe(true);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
