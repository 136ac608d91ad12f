/**
 * The explorer's time slider in a real browser (headless Chromium, as explorer.test.ts), on the
 * seed plus the fixture corpus: moved with the keyboard, it shows on each day exactly the facts
 * first reported by then and the entities they join; at its last stop every fact, dated or not.
 * The expected facts per day come from the fact files (test/export/corpusTimeline.ts).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPath } from '../../src/ingest/loadPath.js';
import { CORPUS_DIR } from '../claims/corpus.js';
import { corpusTimeline, factsReportedBy, type Timeline } from '../export/corpusTimeline.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { ARTIFACTS, openExplorerSession, type ExplorerSession } from './support/explorerSession.js';

let page: Page;
let base: string;
let pageErrors: string[];
let timeline: Timeline;
let session: ExplorerSession;

beforeAll(async () => {
  session = await openExplorerSession(async (d) => {
    await loadSeedGraph(d);
    await loadPath(d, [CORPUS_DIR]);
  });
  ({ page, base, pageErrors } = session);
  timeline = corpusTimeline();
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
});

afterAll(() => session?.close());

/** What the page shows once Cytoscape has drawn the slider's last change: ids of visible edges and nodes. */
async function shown() {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page.evaluate(() => ({
    asOf: document.getElementById('graph')?.dataset.asOf,
    label: document.getElementById('time-label')?.textContent,
    counts: [
      Number(document.getElementById('graph')?.dataset.nodes),
      Number(document.getElementById('graph')?.dataset.edges),
    ],
    edges: window.cy
      .edges()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort(),
    nodes: window.cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .sort(),
  }));
}

/** The facts reported by `day` and the entities they join, as the page must show them. */
function expected(day: string) {
  const edges = factsReportedBy(timeline, day);
  const nodes = [...new Set(edges.flatMap((e) => timeline.factEnds.get(e)!))].sort();
  return { asOf: day, label: `reported by ${day}`, counts: [nodes.length, edges.length], edges, nodes };
}

async function press(key: string): Promise<void> {
  await page.focus('#time-slider');
  await page.keyboard.press(key);
}

describe('the time slider replays the story', () => {
  it('starts at its last stop: every fact of seed and corpus, dated or not', async () => {
    const all = await shown();
    expect(all.asOf).toBe('all');
    expect(all.label).toBe('all facts, dated or not');
    expect(all.counts).toEqual([47, 74]);
    expect(all.edges).toEqual([...timeline.factDays.keys()].sort());
    // Stops: the six publication days (the month article counts from 1 February), then "all".
    expect(await page.getAttribute('#time-slider', 'max')).toBe('6');
  });

  it('on the first day only the month article (2025-02) is known', async () => {
    await press('Home');
    const first = await shown();
    expect(first).toEqual(expected('2025-02-01'));
    expect(first.edges).toHaveLength(7);
    expect(first.edges).toContain('openai-accuses-deepseek-distillation');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-timeline-2025-02-01.png') });
  });

  it('two stops later (4 February) the first articles of all three outlets are in', async () => {
    await press('ArrowRight');
    expect(await shown()).toEqual(expected('2025-02-03'));
    await press('ArrowRight');
    const fourth = await shown();
    expect(fourth).toEqual(expected('2025-02-04'));
    expect(fourth.edges).toContain('garante-orders-deepseek-stop-processing'); // 02, that morning
    expect(fourth.edges).toContain('veltanian-army-fights-karunian-armed-forces'); // 06
    expect(fourth.edges).not.toContain('apple-complies-with-berlin-commissioner'); // 04, the 5th
    expect(fourth.nodes).not.toContain('openai-models'); // only the undated seed names it
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-timeline-2025-02-04.png') });
  });

  it('on the last day every dated fact, and nothing only the undated seed states', async () => {
    await press('End');
    await press('ArrowLeft');
    const last = await shown();
    expect(last).toEqual(expected('2025-02-10'));
    expect(last.edges).toHaveLength([...timeline.factDays.values()].filter((d) => d !== null).length);
    expect(last.edges).not.toContain('white-house-investigates-deepseek-national-security');
    await press('End');
    expect((await shown()).counts).toEqual([47, 74]);
  });

  it('the type filter and the slider combine', async () => {
    await press('Home');
    await page.uncheck('#type-filter input[value="ACCUSES"]');
    const noAccusations = expected('2025-02-01').edges.filter(
      (id) => !['openai-accuses-deepseek-distillation'].includes(id),
    );
    expect((await shown()).counts[1]).toBe(noAccusations.length);
    await page.check('#type-filter input[value="ACCUSES"]');
    expect(await shown()).toEqual(expected('2025-02-01'));
  });

  it("the details panel dates each article's claim, oldest first", async () => {
    await press('End');
    await page.evaluate(() => window.cy.getElementById('garante-bans-deepseek-app').emit('tap'));
    await page.waitForSelector('#details[data-relation="garante-bans-deepseek-app"]');
    const claims = await page.$$eval('#details .source-item', (items) =>
      items.map((i) => ({
        published: (i as HTMLElement).dataset.published,
        shown: i.querySelector('.published')?.textContent,
        source: i.querySelector('.source:not(.published)')?.textContent,
      })),
    );
    expect(claims).toEqual([
      {
        published: '2025-02-03',
        shown: '2025-02-03',
        source: expect.stringContaining('Rheinufer Tagespost') as string,
      },
      {
        published: '2025-02-04T09:30:00+01:00',
        shown: '2025-02-04T09:30:00+01:00',
        source: expect.stringContaining('Nordlicht Digital') as string,
      },
      {
        published: '2025-02-10T17:00:00Z',
        shown: '2025-02-10T17:00:00Z',
        source: expect.stringContaining('Alpenblick Nachrichten') as string,
      },
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-timeline-claims.png') });
  });

  it('a retracted claim says so', async () => {
    await page.evaluate(() =>
      window.cy.getElementById('google-complies-with-berlin-commissioner').emit('tap'),
    );
    await page.waitForSelector('#details[data-relation="google-complies-with-berlin-commissioner"]');
    const retracted = await page.$$eval('#details .retracted', (ps) => ps.map((p) => p.textContent));
    expect(retracted).toHaveLength(1);
    expect(retracted[0]).toMatch(/^Retracted on 2025-02-06: /);
  });

  it('▶ Replay steps through every day and stops at "all"', async () => {
    const seen: string[] = [];
    await page.exposeFunction('sawDay', (d: string) => void seen.push(d));
    await page.evaluate(() => {
      const graph = document.getElementById('graph')!;
      new MutationObserver(() =>
        (window as unknown as { sawDay(d: string): void }).sawDay(graph.dataset.asOf!),
      ).observe(graph, { attributes: true, attributeFilter: ['data-as-of'] });
    });
    await page.click('#time-play');
    await page.waitForFunction(
      () => document.getElementById('time-play')?.textContent === '▶ Replay',
      undefined,
      {
        timeout: 20_000,
      },
    );
    expect([...new Set(seen)]).toEqual([
      '2025-02-01',
      '2025-02-03',
      '2025-02-04',
      '2025-02-05',
      '2025-02-08',
      '2025-02-10',
      'all',
    ]);
    expect((await shown()).counts).toEqual([47, 74]);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
