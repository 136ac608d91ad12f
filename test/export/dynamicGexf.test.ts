/**
 * The story over time in the exports, on the seed plus the fixture corpus (7 dated articles from
 * 3 outlets, the seed undated): the GEXF is dynamic and networkx reads every edge's `start` as the
 * day its fact was first reported and every node's as the day it entered the story; GraphML,
 * Cytoscape JSON and DOT carry the first report and the event dates as attributes. The expected
 * days come from the fact files (corpusTimeline.ts), the expected attributes from plain Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../src/export/exportFormats.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { CORPUS_DIR } from '../claims/corpus.js';
import { corpusTimeline, type Timeline } from './corpusTimeline.js';
import { parseGexf, parseXmlStrictly } from './parseExport.js';
import { answered, readExport, type Attrs, type ReaderGraph } from './readers/readExport.js';

let db: Database;
let app: App;
let timeline: Timeline;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings());
  await loadSeedGraph(db);
  await loadPath(db, [CORPUS_DIR]);
  timeline = corpusTimeline();
});
afterAll(() => db?.close());

async function exportText(format: ExportFormat, query = ''): Promise<string> {
  const res = await app.fetch(`http://test/export/graph.${format}${query}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
}

const entries = <T>(m: Map<string, T>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

/**
 * The start each node must have in an export with these edges: the earlier of its first dated
 * mention and its first edge's day; none when one of its edges is undated (the edge is there all
 * the time, so its ends must be) or nothing about it is dated.
 */
function expectedNodeStarts(nodes: string[], edges: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const id of nodes) {
    const days = edges
      .filter((e) => timeline.factEnds.get(e)!.includes(id))
      .map((e) => timeline.factDays.get(e)!);
    const mention = timeline.mentionDays.get(id) ?? null;
    if (days.some((d) => d === null)) out[id] = null;
    else out[id] = [...days, mention].filter((d): d is string => d !== null).sort()[0] ?? null;
  }
  return out;
}

const startOf = (a: Attrs) => (a.start === undefined ? null : String(a.start));

describe('the dynamic GEXF, read back by networkx', () => {
  let g: ReaderGraph;
  beforeAll(async () => {
    g = answered('networkx.read_gexf', readExport('gexf', await exportText('gexf')).networkx);
  });

  it('is a dynamic graph with every fact and entity of seed and corpus', () => {
    expect(g.graph.mode).toBe('dynamic');
    expect(g.printed).toBe('');
    expect(g.warnings).toEqual([]);
    expect(g.edges.map((e) => String(e.attrs.id)).sort()).toEqual([...timeline.factDays.keys()].sort());
    expect(g.nodes.map((n) => n.id).sort()).toEqual([...timeline.mentionDays.keys()].sort());
    // 74 facts (45 in the corpus, 32 in the seed, 3 shared), 47 entities: corpus/expected.md.
    expect([g.edges.length, g.nodes.length]).toEqual([74, 47]);
  });

  it("every edge starts on the day its fact was first reported; the seed's undated facts have no start", () => {
    const starts = new Map(g.edges.map((e) => [String(e.attrs.id), startOf(e.attrs)]));
    expect(entries(starts)).toEqual(entries(timeline.factDays));
    // The story's days, from the month article (1 February) to the chronicle (10 February).
    expect([...new Set(starts.values())].sort()).toEqual([
      '2025-02-01',
      '2025-02-03',
      '2025-02-04',
      '2025-02-05',
      '2025-02-08',
      '2025-02-10',
      null,
    ]);
    expect(starts.get('openai-accuses-deepseek-distillation')).toBe('2025-02-01'); // seed, 01, 03 (2025-02)
    expect(starts.get('google-complies-with-berlin-commissioner')).toBe('2025-02-05'); // its 04 claim is retracted
    expect(starts.get('deepseek-sues-berlin-commissioner')).toBe('2025-02-05');
    expect(starts.get('us-navy-bans-deepseek-app')).toBe('2025-02-03'); // the seed is undated
  });

  it('every node starts with its first mention or first fact, and no edge starts before its ends', () => {
    const nodeStarts = Object.fromEntries(g.nodes.map((n) => [n.id, startOf(n.attrs)]));
    expect(nodeStarts).toEqual(
      expectedNodeStarts([...timeline.mentionDays.keys()], [...timeline.factDays.keys()]),
    );
    expect(nodeStarts['apple']).toBe('2025-02-03');
    expect(nodeStarts['veltania']).toBe('2025-02-04');
    expect(nodeStarts['openai']).toBeNull(); // the seed's undated facts touch it
    for (const e of g.edges) {
      const start = startOf(e.attrs);
      for (const end of [e.source, e.target])
        if (nodeStarts[end] !== null)
          expect(start !== null && start >= nodeStarts[end]!, `${String(e.attrs.id)} at ${end}`).toBe(true);
    }
  });

  it('a neighbourhood export dates its nodes by the edges it holds', async () => {
    const n = answered(
      'networkx.read_gexf',
      readExport(
        'gexf',
        await exportText('gexf', '?center=italian-data-protection-authority&hops=1&types=BANS,ORDERS'),
      ).networkx,
    );
    const edges = n.edges.map((e) => String(e.attrs.id)).sort();
    expect(edges).toEqual(['garante-bans-deepseek-app', 'garante-orders-deepseek-stop-processing']);
    expect(Object.fromEntries(n.edges.map((e) => [String(e.attrs.id), startOf(e.attrs)]))).toEqual({
      'garante-bans-deepseek-app': '2025-02-03',
      'garante-orders-deepseek-stop-processing': '2025-02-04',
    });
    const nodes = n.nodes.map((x) => x.id).sort();
    expect(Object.fromEntries(n.nodes.map((x) => [x.id, startOf(x.attrs)]))).toEqual(
      expectedNodeStarts(nodes, edges),
    );
  });
});

describe('the dynamic GEXF against the GEXF 1.3 schema (dynamics.rnc)', () => {
  it('graph mode and timeformat from the schema, starts as xs:date, no end, and graphology still reads it', async () => {
    const text = await exportText('gexf');
    const doc = parseXmlStrictly(text);
    const graph = doc.getElementsByTagName('graph')[0]!;
    expect(doc.documentElement?.getAttribute('version')).toBe('1.3');
    expect(doc.documentElement?.namespaceURI).toBe('http://gexf.net/1.3');
    expect(graph.getAttribute('mode')).toBe('dynamic');
    expect(graph.getAttribute('timeformat')).toBe('date');
    const timed = [
      ...Array.from(doc.getElementsByTagName('node')),
      ...Array.from(doc.getElementsByTagName('edge')),
    ];
    const starts = timed.map((e) => e.getAttribute('start')).filter((s): s is string => s !== null);
    expect(starts.length).toBeGreaterThan(60);
    for (const s of starts) expect(s).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(timed.filter((e) => e.hasAttribute('end') || e.hasAttribute('timestamp'))).toEqual([]);
    // Another independent reader (graphology-gexf) still sees the same edges.
    expect([...parseGexf(text).edges.keys()].sort()).toEqual([...timeline.factDays.keys()].sort());
  });
});

describe('GraphML, Cytoscape JSON and DOT carry the dates as attributes', () => {
  const DATE_KEYS = [
    'firstReported',
    'firstReportedPrecision',
    'eventFrom',
    'eventTo',
    'eventPrecision',
  ] as const;
  let expected: Record<string, Record<string, string | null>>;
  beforeAll(async () => {
    const rows = await db.read(
      `MATCH (:Entity)-[r]->(:Entity)
       RETURN r.id AS id, r.firstReported AS firstReported, r.firstReportedPrecision AS firstReportedPrecision,
              r.eventFrom AS eventFrom, r.eventTo AS eventTo, r.eventPrecision AS eventPrecision`,
    );
    expected = Object.fromEntries(
      rows.map((r) => [
        String(r.id),
        Object.fromEntries(DATE_KEYS.map((k) => [k, (r[k] as string | null) ?? null])),
      ]),
    );
  });

  const datesOf = (a: Record<string, unknown>, unquote = (s: string) => s) =>
    Object.fromEntries(
      DATE_KEYS.map((k) => {
        const v = a[k];
        return [k, v === undefined || v === null || v === '' ? null : unquote(String(v))];
      }),
    );

  it('the yardstick: Neo4j dates every fact as the fact files do', () => {
    const days = Object.fromEntries(
      Object.entries(expected).map(([id, d]) => [id, d.firstReported ? d.firstReported.slice(0, 10) : null]),
    );
    expect(days).toEqual(entries(timeline.factDays));
    expect(expected['garante-bans-deepseek-app']).toEqual({
      firstReported: '2025-02-03T00:00:00Z',
      firstReportedPrecision: 'day',
      eventFrom: '2025-01-01T00:00:00Z',
      eventTo: '2025-02-01T00:00:00Z',
      eventPrecision: 'month',
    });
  });

  it('GraphML (networkx and igraph), Cytoscape JSON (JSON.parse) and DOT (pydot)', async () => {
    const graphml = readExport('graphml', await exportText('graphml'));
    const cyjs = JSON.parse(await exportText('cyjs')) as { elements: { edges: Array<{ data: Attrs }> } };
    const dot = answered('pydot', readExport('dot', await exportText('dot')).pydot);
    const unquoteDot = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
    const read: Array<[string, Record<string, Record<string, string | null>>]> = [
      [
        'networkx graphml',
        Object.fromEntries(
          answered('networkx', graphml.networkx).edges.map((e) => [String(e.attrs.id), datesOf(e.attrs)]),
        ),
      ],
      [
        'igraph graphml',
        Object.fromEntries(
          answered('igraph', graphml.igraph).edges.map((e) => [String(e.attrs.id), datesOf(e.attrs)]),
        ),
      ],
      ['cyjs', Object.fromEntries(cyjs.elements.edges.map((e) => [String(e.data.id), datesOf(e.data)]))],
      [
        'pydot',
        Object.fromEntries(
          dot.edges.map((e) => [unquoteDot(String(e.attrs.id)), datesOf(e.attrs, unquoteDot)]),
        ),
      ],
    ];
    for (const [name, dates] of read) expect(dates, name).toEqual(expected);
  });
});
