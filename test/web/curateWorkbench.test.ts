/**
 * The curation workbench (/curate) in a real browser — Debian's headless Chromium driven by
 * playwright-core — against the app on a real port with the seed graph: a whole curation run on a
 * MADE-UP article (invented for this test; the companies are real names from the seed graph, the
 * events are not): paste it, accept two suggestions, reject one, create an entity and a fact by
 * selecting text, link the denial, save (fact file + suggestion log), load it with the API key,
 * then read the new facts back whole from the graph. Keyboard only where a curator would use it.
 * It counts interactions per accepted fact and times accept / reject / create, and prints both.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Database } from '../../src/neo4j/Database.js';
import { validateFactFileText } from '../../src/ingest/validateFactFile.js';
import { createApp } from '../../src/server/createApp.js';
import { boundPort, listen } from '../../src/server/listen.js';
import { Services } from '../../src/server/Services.js';
import { ensureExplorerBuilt } from '../../src/web/buildExplorer.js';
import { launchChromium } from '../../src/web/chromium.js';
import { cleanEnv, runEntry } from '../support/runMain.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testSettings } from '../support/appSettings.js';

const ARTIFACTS = path.resolve('test-artifacts');
const FIXTURES = path.resolve('test/curate/fixtures');
const KEY = 'curate-test-key-0123456789';
const ARTICLE_ID = 'made-up-curation-run';

// MADE UP for this test. The emoji before the facts' sentences makes code points and UTF-16
// offsets differ, so a position counted the wrong way would show.
const TEXT = [
  'Erfundener Testartikel 🔍: Microsoft und DeepSeek streiten um Trainingsdaten',
  'Dieser Text ist frei erfunden und dient nur dem Test der Kuratier-Werkbank.',
  'Microsoft wirft DeepSeek vor, Trainingsdaten kopiert zu haben.',
  'DeepSeek wies die Vorwürfe von Microsoft am Dienstag zurück.',
  'Die US-Navy prüft inzwischen die Sicherheit der DeepSeek-App.',
  'Das Nordlicht-Labor untersucht nach eigenen Angaben den Quellcode der DeepSeek-App seit Montag.',
].join('\n');
const ACCUSATION = 'Microsoft wirft DeepSeek vor, Trainingsdaten kopiert zu haben.';
const DENIAL = 'DeepSeek wies die Vorwürfe von Microsoft am Dienstag zurück.';
const CREATED =
  'Das Nordlicht-Labor untersucht nach eigenen Angaben den Quellcode der DeepSeek-App seit Montag.';
const position = (quote: string) => [...TEXT.slice(0, TEXT.indexOf(quote))].length;

let db: Database;
let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
let app: ReturnType<typeof createApp>;
const pageErrors: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  await ensureExplorerBuilt();
  app = createApp(new Services({ db }), testSettings({ apiKey: KEY }));
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${boundPort(server)}`;
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1500, height: 950 },
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
  await db?.close();
});

/** Interactions since the last fact was completed; one per click, key, fill, selection or drag. */
let interactions = 0;
const perFact: number[] = [];
const latency: Record<'accept' | 'reject' | 'create', number[]> = { accept: [], reject: [], create: [] };
async function act<T>(fn: () => Promise<T>): Promise<T> {
  interactions++;
  return fn();
}
const factDone = () => {
  perFact.push(interactions);
  interactions = 0;
};
/** Runs the action and waits until the page shows its effect: the time a curator waits. */
async function timed(
  kind: keyof typeof latency,
  action: () => Promise<unknown>,
  effect: () => Promise<unknown>,
) {
  const t0 = performance.now();
  await act(action);
  await effect();
  latency[kind].push(performance.now() - t0);
}
const factCount = () => page.$eval('#facts', (e) => Number((e as HTMLElement).dataset.count));
const waitFacts = (n: number) =>
  page.waitForFunction((k) => document.getElementById('facts')?.dataset.count === String(k), n, {
    polling: 'raf',
  });
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const focused = () =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e ? e.id || e.dataset.key || e.dataset.fact || e.className : null;
  });

/** A real mouse drag across the quote, from its first character to its last. */
async function dragAcross(quote: string): Promise<void> {
  const { from, to } = await page.evaluate((q) => {
    const text = document.querySelector<HTMLTextAreaElement>('#article-text')!.value;
    const start = text.indexOf(q);
    const end = start + q.length;
    const texts: Array<{ node: Text; at: number }> = [];
    const w = document.createTreeWalker(document.getElementById('sentences')!, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const holder = n.parentElement?.closest<HTMLElement>('[data-at]');
      if (holder) texts.push({ node: n as Text, at: Number(holder.dataset.at) });
    }
    const rectAt = (offset: number) => {
      const t = texts.find((x) => offset >= x.at && offset < x.at + x.node.length)!;
      const r = document.createRange();
      r.setStart(t.node, offset - t.at);
      r.setEnd(t.node, offset - t.at + 1);
      return r.getBoundingClientRect();
    };
    const a = rectAt(start);
    const b = rectAt(end - 1);
    return {
      from: { x: a.left + 1, y: a.top + a.height / 2 },
      to: { x: b.right - 1, y: b.top + b.height / 2 },
    };
  }, quote);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

describe('curation workbench', () => {
  const downloads: Record<string, string> = {};

  it('serves /curate with the bundle from its own origin (no CDN) and the shortcuts documented', async () => {
    const res = await app.fetch('http://test/curate');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script src="/explorer/curate.js" defer></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    await page.goto(`${base}/curate`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const keys = await page.$$eval('#shortcuts dt', (dts) => dts.map((d) => d.textContent));
    expect(keys).toEqual(
      expect.arrayContaining(['Tab / Shift+Tab', 'a or Enter', 'r or Delete', 'Escape', 'Ctrl+S', 'Alt+I']),
    );
  });

  it('runs a whole curation: paste, accept two, reject one, create one by selection, link the denial', async () => {
    // Paste the article (a real clipboard paste) and fill its metadata.
    await page.fill('#meta-id', ARTICLE_ID);
    await page.fill('#meta-title', 'Erfundener Testartikel (made up)');
    await page.fill('#meta-publishedAt', '2026-12-01');
    await page.evaluate((t) => navigator.clipboard.writeText(t), TEXT);
    await page.focus('#article-text');
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForSelector('.suggestion[data-type="ACCUSES"]');
    const suggested = await page.$$eval('.suggestion', (xs) => xs.map((x) => (x as HTMLElement).dataset.key));
    expect(suggested).toEqual([
      `ACCUSES|microsoft|deepseek|${TEXT.indexOf(ACCUSATION)}`,
      `DENIES|deepseek|microsoft|${TEXT.indexOf(DENIAL)}`,
      `INVESTIGATES|us-navy|deepseek-app|${TEXT.indexOf('Die US-Navy')}`,
    ]);
    // Mentions are marked.
    expect(
      await page.$$eval('#sentences mark.mention', (ms) => ms.map((m) => (m as HTMLElement).dataset.entity)),
    ).toEqual([
      'microsoft',
      'deepseek',
      'microsoft',
      'deepseek',
      'deepseek',
      'microsoft',
      'us-navy',
      'deepseek-app',
      'deepseek-app',
    ]);
    interactions = 0;

    // 1. Accept the accusation: Escape leaves the text field, j goes to the first suggestion, a accepts.
    await act(() => page.keyboard.press('Escape'));
    await act(() => page.keyboard.press('j'));
    expect(await focused()).toBe(`ACCUSES|microsoft|deepseek|${TEXT.indexOf(ACCUSATION)}`);
    await timed(
      'accept',
      () => page.keyboard.press('a'),
      () => waitFacts(1),
    );
    factDone();
    expect(
      await page.$eval(
        `.sentence[data-start="${TEXT.indexOf(ACCUSATION)}"]`,
        (e) => (e as HTMLElement).dataset.covered,
      ),
    ).toBe('true');

    // 2. Accept the denial (focus moved on to it): the form opens on its denied facts, the accusation
    // already ticked as the fact it denies; Enter links it.
    expect(await focused()).toBe(`DENIES|deepseek|microsoft|${TEXT.indexOf(DENIAL)}`);
    await timed(
      'accept',
      () => page.keyboard.press('a'),
      () => waitFacts(2),
    );
    await page.waitForSelector('#fact-form:not([hidden])');
    expect(await focused()).toBe('');
    expect(
      await page.$eval(
        '#fact-denies input[data-denies="microsoft-accuses-deepseek"]',
        (b) => (b as HTMLInputElement).checked,
      ),
    ).toBe(true);
    await act(() => page.keyboard.press('Enter'));
    await page.waitForSelector('#fact-form', { state: 'hidden' });
    factDone();

    // 3. Reject the third suggestion.
    await act(() => page.keyboard.press('j'));
    const navy = `INVESTIGATES|us-navy|deepseek-app|${TEXT.indexOf('Die US-Navy')}`;
    expect(await focused()).toBe(navy);
    await timed(
      'reject',
      () => page.keyboard.press('r'),
      () => page.waitForSelector(`.suggestion[data-key="${navy}"]`, { state: 'detached' }),
    );
    interactions = 0; // a rejection makes no fact

    // 4. A fact by selecting text, with a new entity as its subject.
    await act(() => dragAcross(CREATED));
    await page.waitForSelector('#fact-form:not([hidden])');
    expect(await page.textContent('#fact-quote')).toBe(CREATED);
    expect(await page.textContent('#fact-position')).toBe(`position ${position(CREATED)} (code points)`);
    expect(await focused()).toBe('fact-subject');
    expect(await page.$eval('#fact-object', (i) => (i as HTMLInputElement).dataset.entity)).toBe(
      'deepseek-app',
    );
    await act(() => page.keyboard.type('Nordlicht-Labor'));
    await page.waitForSelector('#fact-subject-list li[data-new]');
    await act(() => page.keyboard.press('Enter'));
    await page.waitForSelector('#entity-form:not([hidden])');
    expect(await focused()).toBe('entity-name');
    await act(() => page.fill('#entity-name', 'Nordlicht Lab'));
    await act(() => page.keyboard.press('Enter'));
    await page.waitForSelector('#entity-form', { state: 'hidden' });
    expect(await page.$eval('#fact-subject', (i) => (i as HTMLInputElement).dataset.entity)).toBe(
      'nordlicht-lab',
    );
    expect(await focused()).toBe('fact-type');
    await act(() => page.selectOption('#fact-type', 'INVESTIGATES'));
    expect(await page.textContent('#fact-type-meaning')).toContain('investigates or reviews');
    await timed(
      'create',
      () => page.keyboard.press('Enter'),
      () => waitFacts(3),
    );
    factDone();

    // The loader's checks, run live, find nothing wrong.
    await page.waitForFunction(() => document.getElementById('problems')?.dataset.count === '0');
    expect(await page.textContent('#problems')).toContain('No problems');
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'curate-workbench.png') });
  });

  it('works by keyboard: Tab moves through the form, Enter on a sentence opens it, Escape closes it', async () => {
    await page.focus('#facts li:last-child');
    await page.keyboard.press('e');
    await page.waitForSelector('#fact-form:not([hidden])');
    expect(await page.textContent('#fact-form-title')).toBe(
      'Edit fact nordlicht-lab-investigates-deepseek-app',
    );
    await page.focus('#fact-subject');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-type');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-object');
    // On through modality (typed: "r" picks reported), stated by, and two qualifiers; Ctrl+Enter saves.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-modality');
    await page.keyboard.press('r');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-statedBy');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-q-about');
    await page.keyboard.type('Quellcode der DeepSeek-App');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fact-q-when');
    await page.keyboard.type('seit Montag');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#fact-form', { state: 'hidden' });
    // A suggestion kept after a change counts as corrected in the log: the accusation made alleged.
    await page.focus('#facts li[data-fact="microsoft-accuses-deepseek"]');
    await page.keyboard.press('e');
    await page.focus('#fact-modality');
    await page.selectOption('#fact-modality', 'alleged');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fact-form', { state: 'hidden' });
    expect(await focused()).toBe('microsoft-accuses-deepseek'); // back on the fact saved
    await page.focus(`.sentence[data-start="${TEXT.indexOf('Dieser Text')}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fact-form:not([hidden])');
    expect(await page.textContent('#fact-quote')).toBe(
      'Dieser Text ist frei erfunden und dient nur dem Test der Kuratier-Werkbank.',
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('#fact-form', { state: 'hidden' });
    expect(await factCount()).toBe(3);
  });

  it('saves the fact file and the suggestion log (Ctrl+S)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curate-'));
    const got: Download[] = [];
    page.on('download', (d) => got.push(d));
    await page.focus('#facts li:first-child');
    await page.keyboard.press('Control+S');
    await expect.poll(() => got.length).toBe(2);
    for (const d of got) {
      const file = path.join(dir, d.suggestedFilename());
      await d.saveAs(file);
      downloads[d.suggestedFilename()] = file;
    }
    expect(Object.keys(downloads).sort()).toEqual([
      `${ARTICLE_ID}.curation.json`,
      `${ARTICLE_ID}.facts.json`,
    ]);
    const saved = JSON.parse(await readFile(downloads[`${ARTICLE_ID}.facts.json`]!, 'utf8'));
    expect(saved).toEqual({
      format: 'newsgraph/facts@1',
      article: {
        id: ARTICLE_ID,
        title: 'Erfundener Testartikel (made up)',
        language: 'de',
        outlet: null,
        author: null,
        publishedAt: '2026-12-01',
        url: null,
        text: TEXT,
      },
      entities: [
        { id: 'nordlicht-lab', name: 'Nordlicht Lab', kind: 'Organization', aliases: ['Nordlicht-Labor'] },
        {
          id: 'microsoft',
          name: 'Microsoft',
          kind: 'Organization',
          aliases: ['Microsoft', 'Microsoft Corporation'],
        },
        { id: 'deepseek', name: 'DeepSeek', kind: 'Organization', aliases: ['DeepSeek', 'DeepSeeks'] },
        {
          id: 'deepseek-app',
          name: 'DeepSeek app',
          kind: 'Product',
          aliases: ['DeepSeek-App', 'DeepSeek app'],
        },
      ],
      facts: [
        {
          id: 'microsoft-accuses-deepseek',
          subject: 'microsoft',
          type: 'ACCUSES',
          object: 'deepseek',
          summary: 'Microsoft accuses DeepSeek.',
          quote: ACCUSATION,
          modality: 'alleged',
          confidence: 0.8,
        },
        {
          id: 'deepseek-denies-microsoft',
          subject: 'deepseek',
          type: 'DENIES',
          object: 'microsoft',
          summary: 'DeepSeek denies the claims of Microsoft.',
          quote: DENIAL,
          modality: 'confirmed',
          confidence: 0.8,
          denies: ['microsoft-accuses-deepseek'],
        },
        {
          id: 'nordlicht-lab-investigates-deepseek-app',
          subject: 'nordlicht-lab',
          type: 'INVESTIGATES',
          object: 'deepseek-app',
          summary: 'Nordlicht Lab investigates DeepSeek app.',
          quote: CREATED,
          qualifiers: { about: 'Quellcode der DeepSeek-App', when: 'seit Montag' },
          modality: 'reported',
          confidence: 0.8,
        },
      ],
    });
    const log = JSON.parse(await readFile(downloads[`${ARTICLE_ID}.curation.json`]!, 'utf8'));
    expect({ ...log, savedAt: 'x' }).toEqual({
      format: 'newsgraph/curation-log@1',
      article: ARTICLE_ID,
      savedAt: 'x',
      suggestions: [
        {
          rule: 'ACCUSES wirft … vor',
          type: 'ACCUSES',
          subject: 'microsoft',
          object: 'deepseek',
          quote: ACCUSATION,
          outcome: 'corrected',
          fact: 'microsoft-accuses-deepseek',
        },
        {
          rule: 'DENIES wies … zurück',
          type: 'DENIES',
          subject: 'deepseek',
          object: 'microsoft',
          quote: DENIAL,
          outcome: 'accepted',
          fact: 'deepseek-denies-microsoft',
        },
        {
          rule: 'INVESTIGATES prüft',
          type: 'INVESTIGATES',
          subject: 'us-navy',
          object: 'deepseek-app',
          quote: 'Die US-Navy prüft inzwischen die Sicherheit der DeepSeek-App.',
          outcome: 'rejected',
        },
        // Shown once the new entity was known; the fact written by hand states it, so the rule was right.
        {
          rule: 'INVESTIGATES untersucht',
          type: 'INVESTIGATES',
          subject: 'nordlicht-lab',
          object: 'deepseek-app',
          quote: CREATED,
          outcome: 'accepted',
          fact: 'nordlicht-lab-investigates-deepseek-app',
        },
      ],
    });
    // The log feeds `newsgraph coverage --rules`.
    const r = await runEntry(
      'cli',
      ['coverage', '--rules', downloads[`${ARTICLE_ID}.curation.json`]!],
      cleanEnv(),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'rule                     shown  accepted  corrected  rejected  rate',
        'ACCUSES wirft … vor          1         0          1         0  0.00',
        'INVESTIGATES prüft           1         0          0         1  0.00',
        'DENIES wies … zurück         1         1          0         0  1.00',
        'INVESTIGATES untersucht      1         1          0         0  1.00',
        '',
        '4 rule(s) in 1 log(s); rate = accepted unchanged / shown, weakest first.',
        '',
      ].join('\n'),
    );
  });

  it('loads the file through ingestArticle with the API key; the facts are in the graph with exact quotes', async () => {
    await page.fill('#api-key', KEY);
    await page.keyboard.press('Alt+I');
    await page.waitForSelector(`body[data-ingested="${ARTICLE_ID}"]`, { timeout: 30_000 });
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ article(id: "${ARTICLE_ID}") { id text facts(first: 10) { nodes {
          id type subject { id } object { id } modality statedBy { id } summary
          qualifiers { about reason when role scope } denies { id } sources { article { id } quote position } } } } }`,
      }),
    });
    const body = (await res.json()) as { data: { article: { text: string; facts: { nodes: unknown[] } } } };
    expect(body.data.article.text).toBe(TEXT);
    const src = (quote: string) => [{ article: { id: ARTICLE_ID }, quote, position: position(quote) }];
    expect(body.data.article.facts.nodes).toEqual([
      {
        id: 'deepseek-denies-microsoft',
        type: 'DENIES',
        subject: { id: 'deepseek' },
        object: { id: 'microsoft' },
        modality: 'CONFIRMED',
        statedBy: null,
        summary: 'DeepSeek denies the claims of Microsoft.',
        qualifiers: { about: null, reason: null, when: null, role: null, scope: null },
        denies: [{ id: 'microsoft-accuses-deepseek' }],
        sources: src(DENIAL),
      },
      {
        id: 'microsoft-accuses-deepseek',
        type: 'ACCUSES',
        subject: { id: 'microsoft' },
        object: { id: 'deepseek' },
        modality: 'ALLEGED',
        statedBy: null,
        summary: 'Microsoft accuses DeepSeek.',
        qualifiers: { about: null, reason: null, when: null, role: null, scope: null },
        denies: [],
        sources: src(ACCUSATION),
      },
      {
        id: 'nordlicht-lab-investigates-deepseek-app',
        type: 'INVESTIGATES',
        subject: { id: 'nordlicht-lab' },
        object: { id: 'deepseek-app' },
        modality: 'REPORTED',
        statedBy: null,
        summary: 'Nordlicht Lab investigates DeepSeek app.',
        qualifiers: {
          about: 'Quellcode der DeepSeek-App',
          reason: null,
          when: 'seit Montag',
          role: null,
          scope: null,
        },
        denies: [],
        sources: src(CREATED),
      },
    ]);
    expect(position(CREATED)).not.toBe(TEXT.indexOf(CREATED)); // the emoji counts once

    // Open it again from the graph, as an editor would to change it: the same text and facts.
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await page.keyboard.press('Alt+G');
    expect(await focused()).toBe('open-graph-id');
    await page.keyboard.type(ARTICLE_ID);
    await page.keyboard.press('Enter');
    await waitFacts(3);
    expect(await page.inputValue('#article-text')).toBe(TEXT);
    expect(await page.inputValue('#meta-publishedAt')).toBe('2026-12-01');
    expect(
      await page.$$eval('#facts li', (lis) =>
        lis.map((li) => [(li as HTMLElement).dataset.fact, li.querySelector('q')?.textContent]),
      ),
    ).toEqual([
      ['deepseek-denies-microsoft', DENIAL],
      ['microsoft-accuses-deepseek', ACCUSATION],
      ['nordlicht-lab-investigates-deepseek-app', CREATED],
    ]);
    expect(await page.$$eval('.sentence[data-covered="true"]', (ps) => ps.length)).toBe(3);
    expect(await page.$$eval('.suggestion', (xs) => xs.length)).toBe(1); // the rejected one: decisions last a session (the log keeps them)
    expect(pageErrors).toEqual([]);
  });

  it('opens an article and its entities from files and times accept and reject on every suggestion', async () => {
    // The made-up fixture articles (test/curate/fixtures), opened as a fact file with its entities
    // and none of its facts, so every suggestion shows.
    for (const name of ['made-up-klassenfux', 'made-up-quillo']) {
      const data = parseYaml(await readFile(path.join(FIXTURES, `${name}.facts.yaml`), 'utf8')) as {
        article: Record<string, unknown>;
        entities: unknown[];
      };
      const { textFile, ...article } = data.article;
      const file = { format: 'newsgraph/facts@1', article, entities: data.entities, facts: [] };
      await page.setInputFiles('#open-file', [
        {
          name: `${name}.facts.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(file)),
        },
        {
          name: String(textFile),
          mimeType: 'text/plain',
          buffer: await readFile(path.join(FIXTURES, String(textFile))),
        },
      ]);
      await page.waitForFunction(
        (id) => document.getElementById('status')?.textContent?.startsWith(`Opened ${id}`),
        name,
      );
      expect(await page.inputValue('#meta-id')).toBe(name);
      expect(await factCount()).toBe(0);
      const total = await page.$$eval('.suggestion', (xs) => xs.length);
      expect(total).toBeGreaterThan(1);
      for (let i = 0; i < total; i++) {
        const item = page.locator('.suggestion').first();
        const key = await item.getAttribute('data-key');
        await item.focus();
        const gone = () => page.waitForSelector(`.suggestion[data-key="${key}"]`, { state: 'detached' });
        if (i % 2 === 0) await timed('accept', () => page.keyboard.press('a'), gone);
        else await timed('reject', () => page.keyboard.press('r'), gone);
        if (await page.isVisible('#fact-form')) await page.keyboard.press('Escape');
      }
      expect(await factCount()).toBe(Math.ceil(total / 2));
      // Saved again, the file's entities are as they were, roles and all (keys the form does not edit kept).
      const saved = page.waitForEvent('download', (d) => d.suggestedFilename() === `${name}.facts.json`);
      await page.keyboard.press('Control+S');
      const file2 = path.join(await mkdtemp(path.join(os.tmpdir(), 'curate-')), `${name}.facts.json`);
      await (await saved).saveAs(file2);
      const written = JSON.parse(await readFile(file2, 'utf8')) as { entities: unknown[] };
      expect(written.entities.slice(0, data.entities.length)).toEqual(data.entities);
    }
    interactions = 0;
  });

  it("shows the loader's own problems, live: a quote typed with - for –, an unknown entity", async () => {
    // MADE UP.
    const file = {
      format: 'newsgraph/facts@1',
      article: { id: 'made-up-bad', title: 'Made up', language: 'en', text: 'Acme accuses Bolt – of theft.' },
      entities: [
        { id: 'acme', name: 'Acme', kind: 'Organization', aliases: [] },
        { id: 'bolt', name: 'Bolt', kind: 'Organization', aliases: [] },
      ],
      facts: [
        {
          id: 'acme-accuses-bolt',
          subject: 'acmee',
          type: 'ACCUSES',
          object: 'bolt',
          summary: 'Acme accuses Bolt.',
          quote: 'Acme accuses Bolt - of theft.',
          modality: 'confirmed',
          confidence: 0.8,
        },
      ],
    };
    const before = await page.$eval('#problems', (e) => Number((e as HTMLElement).dataset.checked));
    await page.setInputFiles('#open-file', [
      {
        name: 'made-up-bad.facts.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      },
    ]);
    await page.waitForFunction(
      (n) =>
        Number(document.getElementById('problems')?.dataset.checked) > n &&
        document.getElementById('problems')?.dataset.count !== '0',
      before,
    );
    const loader = await validateFactFileText('made-up-bad.facts.json', JSON.stringify(file, null, 2));
    // The same problems; their order follows the lines of the file, which the page lays out itself.
    expect(loader.problems.map((p) => p.path).sort()).toEqual(['facts[0].quote', 'facts[0].subject']);
    const shown = await page.$$eval('#problems li', (lis) =>
      lis.map((li) => [(li as HTMLElement).dataset.path, li.textContent]),
    );
    expect(shown.sort()).toEqual(
      loader.problems
        .map((p) => [
          p.path,
          `${p.detail?.item ?? p.path} ${p.detail?.item ? `(${p.path}) ` : ''}${p.reason}${(p.detail?.hints ?? []).join('')}`,
        ])
        .sort(),
    );
  });

  it('needs few interactions per fact and answers quickly', () => {
    const all = [...latency.accept, ...latency.reject, ...latency.create];
    const figures = {
      interactionsPerAcceptedFact: perFact,
      medianInteractions: median(perFact),
      latencyMs: Object.fromEntries(
        Object.entries(latency).map(([k, v]) => [k, v.map((x) => Math.round(x))]),
      ),
      p95LatencyMs: Math.round(p95(all)),
      samples: all.length,
    };
    process.stdout.write(`curation workbench figures: ${JSON.stringify(figures)}\n`);
    expect(perFact).toHaveLength(3);
    expect(median(perFact)).toBeLessThanOrEqual(4);
    expect(all.length).toBeGreaterThan(8);
    expect(p95(all)).toBeLessThanOrEqual(200);
  });
});
