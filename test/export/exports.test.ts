/**
 * Every export format, read back with an independent parser and compared with the graph in Neo4j:
 * node and edge sets, names, kinds, labels, aliases, relation types, summaries, German quotes,
 * articles, modality — for the seed graph, for neighbourhoods and for text that needs escaping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../../src/export/exportFormats.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import type { Database } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { PARSERS } from './parseExport.js';
import { referenceGraph, restrict, type RefGraph } from './referenceGraph.js';
import { buildTrickyGraph, TRICKY_ALIASES, TRICKY_QUOTE } from './trickyGraph.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db.close());

async function exportText(format: ExportFormat, query = ''): Promise<string> {
  const res = await app.fetch(`http://test/export/graph.${format}${query}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
}

function expectSameGraph(actual: RefGraph, expected: RefGraph): void {
  expect([...actual.nodes.keys()].sort()).toEqual([...expected.nodes.keys()].sort());
  expect([...actual.edges.keys()].sort()).toEqual([...expected.edges.keys()].sort());
  for (const [id, n] of expected.nodes) expect(actual.nodes.get(id), `node ${id}`).toEqual(n);
  for (const [id, e] of expected.edges) expect(actual.edges.get(id), `edge ${id}`).toEqual(e);
}

describe('exports of the seed graph', () => {
  let seed: RefGraph;
  beforeAll(async () => {
    await loadSeedGraph(db);
    seed = await referenceGraph(db);
  });

  it('the reference graph is the seed: 21 entities, 32 facts', () => {
    expect(seed.nodes.size).toBe(21);
    expect(seed.edges.size).toBe(32);
  });

  it.each(EXPORT_FORMAT_NAMES)(
    '%s: the whole graph, every node and edge with its attributes',
    async (format) => {
      const text = await exportText(format);
      expectSameGraph(PARSERS[format](text), seed);
    },
  );

  it.each(EXPORT_FORMAT_NAMES)('%s: a neighbourhood by center, hops and types', async (format) => {
    const parsed = PARSERS[format](await exportText(format, '?center=openai&hops=1&types=ACCUSES,DENIES'));
    // OpenAI accuses DeepSeek and the Chinese AI companies; nothing else is one ACCUSES/DENIES step away.
    const ids = new Set(['openai', 'deepseek', 'chinese-ai-companies']);
    expectSameGraph(parsed, restrict(seed, ids, new Set(['ACCUSES', 'DENIES'])));
    expect(parsed.edges.get('openai-accuses-deepseek-distillation')?.quotes[0]).toMatch(
      /^Laut OpenAI nutzen/,
    );
  });

  it('hops widens the neighbourhood: 2 hops from OpenAI over ACCUSES also reach David Sacks', async () => {
    const parsed = PARSERS.cyjs(await exportText('cyjs', '?center=openai&hops=2&types=ACCUSES'));
    expect([...parsed.nodes.keys()].sort()).toEqual([
      'chinese-ai-companies',
      'david-sacks',
      'deepseek',
      'openai',
    ]);
    expect([...parsed.edges.values()].every((e) => e.type === 'ACCUSES')).toBe(true);
    expect(parsed.edges.has('david-sacks-accuses-deepseek-distillation')).toBe(true);
  });

  it('ids exports exactly those entities and the relations among them (POST form too)', async () => {
    const ids = ['openai', 'microsoft', 'deepseek'];
    const expected = restrict(seed, new Set(ids));
    expectSameGraph(PARSERS.graphml(await exportText('graphml', `?ids=${ids.join(',')}`)), expected);
    const res = await app.fetch('http://test/export/graph.gexf', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ids: ids.join(','), types: '' }).toString(),
    });
    expect(res.status).toBe(200);
    expectSameGraph(PARSERS.gexf(await res.text()), expected);
  });

  it('answers with a media type and a download file name', async () => {
    const res = await app.fetch('http://test/export/graph.gexf?center=openai&hops=2');
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="newsgraph-openai-2hops.gexf"');
    expect(res.headers.get('x-newsgraph-nodes')).toMatch(/^\d+$/);
  });

  it('GraphML is laid out like APOC: labels on nodes, the type as edge label and label data', async () => {
    const text = await exportText('graphml');
    expect(text).toContain('<key id="labels" for="node" attr.name="labels" attr.type="string"/>');
    expect(text).toContain(
      '<key id="aliases" for="node" attr.name="aliases" attr.type="string" attr.list="string"/>',
    );
    expect(text).toMatch(
      /<node id="openai" labels=":Entity:Organization">\s*<data key="labels">:Entity:Organization<\/data>/,
    );
    expect(text).toMatch(
      /<edge id="openai-accuses-deepseek-distillation" source="openai" target="deepseek" label="ACCUSES">\s*<data key="label">ACCUSES<\/data>/,
    );
  });
});

describe('text that needs escaping round-trips in every format', () => {
  let tricky: RefGraph;
  beforeAll(async () => {
    await resetGraph(db);
    await buildTrickyGraph(db);
    tricky = await referenceGraph(db);
  });

  it.each(EXPORT_FORMAT_NAMES)('%s: <, &, ", umlauts, commas, line breaks, backslashes', async (format) => {
    const parsed = PARSERS[format](await exportText(format));
    expectSameGraph(parsed, tricky);
    expect(parsed.edges.get('wh-accuses-acme')?.quotes).toEqual([TRICKY_QUOTE]);
    expect(parsed.nodes.get('white-house')?.aliases).toEqual(TRICKY_ALIASES);
    expect(parsed.nodes.get('acme')?.name).toBe('Acme <Ümlaut> & Co');
  });
});

describe('the export queries', () => {
  it.each(['exportWholeGraph', 'exportNeighbourhood', 'exportEntities'])(
    '%s names every relation type of the closed list, and nothing else',
    (name) => {
      // As the app runs it: the query library fills in the list from src/domain.
      const text = query(name);
      const lists = [...text.matchAll(/\[\w*:([A-Z_|]+)[\]*\s]/g)].map((m) => m[1]!.split('|').sort());
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) expect(list).toEqual([...RELATION_TYPE_NAMES].sort());
    },
  );
});

describe('bad arguments get a clear error', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['/export/graph.svg', 400, /Unknown export format "svg": use graphml, gexf, cyjs, dot/],
    [
      '/export/graph.graphml?types=ACCUSES,HUGS',
      400,
      /Unknown relation type in types: HUGS\. Known types: ACCUSES/,
    ],
    ['/export/graph.graphml?center=openai&hops=0', 400, /hops must be a whole number from 1 to 3; got "0"/],
    ['/export/graph.graphml?center=openai&hops=4', 400, /hops must be a whole number from 1 to 3/],
    ['/export/graph.graphml?center=openai&hops=two', 400, /got "two"/],
    ['/export/graph.graphml?hops=2', 400, /hops needs center/],
    ['/export/graph.graphml?center=openai&ids=openai', 400, /either ids or center\/hops/],
    ['/export/graph.gexf?ids=,,', 400, /ids is empty/],
    ['/export/graph.dot?center=nobody', 404, /No entity with id "nobody" \(center\)/],
    ['/export/graph.cyjs?ids=white-house,nobody', 404, /No entity with id "nobody" \(ids\)/],
  ];
  it.each(cases)('%s → %i', async (path, status, message) => {
    const res = await app.fetch(`http://test${path}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('503 while Neo4j is not connected', async () => {
    const res = await createApp(new Services(), testSettings()).fetch('http://test/export/graph.graphml');
    expect(res.status).toBe(503);
  });
});
