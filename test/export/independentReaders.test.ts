/**
 * The exports as the tools people actually use read them: networkx (GraphML, GEXF, and DOT through
 * pydot), igraph (GraphML) and Graphviz itself (DOT), run by readers/read_export.py. Each reader's
 * whole answer is compared with the graph in Neo4j: every entity with name, kind, labels and
 * aliases, every fact with its type, summary, quotes and articles — parallel facts kept apart, node
 * labels present — for the seed graph and for text that needs escaping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../src/export/exportFormats.js';
import { kindStyle } from '../../src/export/palette.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { parseXmlStrictly } from './parseExport.js';
import { answered, readExport, type Attrs, type ReaderGraph, type Value } from './readers/readExport.js';
import { referenceGraph, type RefGraph } from './referenceGraph.js';
import { buildTrickyGraph, TRICKY_ALIASES, TRICKY_QUOTE } from './trickyGraph.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db?.close());

async function exportText(format: ExportFormat): Promise<string> {
  const res = await app.fetch(`http://test/export/graph.${format}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
}

/**
 * pydot hands attribute values over as written, quotes included; DOT's `\"` and the escString
 * sequences `\\` and `\n` (which Graphviz reads in labels) are undone here, as a DOT consumer does.
 */
function unquoteDot(v: string): string {
  const inner = v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
  return inner.replace(/\\(\\|n|")/g, (_m, c: string) => (c === 'n' ? '\n' : c));
}

type Dialect = 'graphml' | 'gexf' | 'dot';

function reader(dialect: Dialect) {
  const value = (a: Attrs, k: string): string | undefined => {
    const v = a[k];
    if (v === undefined || v === null) return undefined;
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return dialect === 'dot' ? unquoteDot(s) : s;
  };
  const must = (a: Attrs, k: string) => {
    const v = value(a, k);
    if (v === undefined) throw new Error(`attribute ${k} missing in ${JSON.stringify(a)}`);
    return v;
  };
  const list = (a: Attrs, k: string) => JSON.parse(value(a, k) ?? '[]') as string[];
  // igraph gives every edge every declared attribute, "" where the edge has none.
  const optional = (a: Attrs, k: string) => {
    const v = value(a, k);
    return v === undefined || v === '' ? null : v;
  };
  return { value, must, list, optional };
}

/** A reader's graph in the shape of referenceGraph.ts. */
function asReference(g: ReaderGraph, dialect: Dialect): RefGraph {
  const r = reader(dialect);
  const out: RefGraph = { nodes: new Map(), edges: new Map() };
  for (const { id, attrs: a } of g.nodes)
    out.nodes.set(id, {
      id,
      // DOT has no `name` attribute (pydot cannot take one): the name is the node label.
      name: r.must(a, dialect === 'dot' ? 'label' : 'name'),
      kind: r.must(a, 'kind'),
      labels: r.must(a, 'labels').split(':').filter(Boolean).sort(),
      aliases: r.list(a, 'aliases'),
    });
  for (const { source, target, attrs: a } of g.edges) {
    const id = r.must(a, 'id');
    expect(out.edges.has(id), `edge ${id} reported twice`).toBe(false);
    out.edges.set(id, {
      id,
      // GraphML carries the type as the edge's `label` (APOC's layout), the others also as `type`.
      type: r.value(a, 'type') ?? r.must(a, 'label'),
      source,
      target,
      summary: r.must(a, 'summary'),
      modality: r.optional(a, 'modality'),
      quotes: r.list(a, 'sourceQuotes'),
      articles: r.list(a, 'sourceArticleIds'),
    });
  }
  return out;
}

function expectSameGraph(actual: RefGraph, expected: RefGraph): void {
  expect([...actual.nodes.keys()].sort()).toEqual([...expected.nodes.keys()].sort());
  expect([...actual.edges.keys()].sort()).toEqual([...expected.edges.keys()].sort());
  for (const [id, n] of expected.nodes) expect(actual.nodes.get(id), `node ${id}`).toEqual(n);
  for (const [id, e] of expected.edges) expect(actual.edges.get(id), `edge ${id}`).toEqual(e);
}

/** Facts that share their (source, target) with another fact: what a simple graph would merge. */
function parallelFacts(g: RefGraph): number {
  const pairs = new Map<string, number>();
  for (const e of g.edges.values())
    pairs.set(`${e.source}→${e.target}`, (pairs.get(`${e.source}→${e.target}`) ?? 0) + 1);
  return [...pairs.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
}

/** Every node's label, as the reader reports it, is the entity's name. */
function expectNodeLabels(g: ReaderGraph, dialect: Dialect, expected: RefGraph): void {
  const r = reader(dialect);
  const labels = Object.fromEntries(g.nodes.map((n) => [n.id, r.value(n.attrs, 'label')]));
  expect(labels).toEqual(Object.fromEntries([...expected.nodes.values()].map((n) => [n.id, n.name])));
}

function expectCleanRead(g: ReaderGraph, allowedWarnings: RegExp[] = []): void {
  expect(g.printed).toBe('');
  expect(g.warnings.filter((w) => !allowedWarnings.some((re) => re.test(w)))).toEqual([]);
}

/**
 * The GraphML carries `id` as a data key too (APOC writes every property so); igraph keeps that
 * one as its `id` attribute — the same value — and says so.
 */
const IGRAPH_ID_WARNINGS = [/^RuntimeWarning: .*there is already an 'id' (vertex|edge) attribute/];

/** networkx hands back a multigraph when the file has parallel edges, a simple one otherwise. */
const networkxClass = (g: RefGraph) => (parallelFacts(g) > 0 ? 'MultiDiGraph' : 'DiGraph');

const rgb = (hex: string) => ({
  r: parseInt(hex.slice(1, 3), 16),
  g: parseInt(hex.slice(3, 5), 16),
  b: parseInt(hex.slice(5, 7), 16),
});

describe.each([
  ['the seed graph', async () => loadSeedGraph(db)],
  [
    'text that needs escaping',
    async () => {
      await resetGraph(db);
      await buildTrickyGraph(db);
    },
  ],
] as const)('%s, read by independent readers', (graphName, build) => {
  let expected: RefGraph;
  beforeAll(async () => {
    await build();
    expected = await referenceGraph(db);
  });

  it('GraphML: networkx and igraph read every entity and fact, with node labels and parallel facts apart', async () => {
    const answers = readExport('graphml', await exportText('graphml'));
    const networkx = answered('networkx.read_graphml', answers.networkx);
    const igraph = answered('igraph Graph.Read_GraphML', answers.igraph);
    // read_graphml with force_multigraph: always a multigraph.
    expect(networkx.graphClass).toBe('MultiDiGraph');
    expect(igraph.graphClass).toBe('igraph.Graph(directed)');
    for (const [name, g, allowed] of [
      ['networkx', networkx, []],
      ['igraph', igraph, IGRAPH_ID_WARNINGS],
    ] as const) {
      expectCleanRead(g, [...allowed]);
      expectSameGraph(asReference(g, 'graphml'), expected);
      expectNodeLabels(g, 'graphml', expected);
      expect(g.parallelEdges, `${name}: parallel facts`).toBe(parallelFacts(expected));
    }
  });

  it('GEXF: networkx reads every entity and fact, node labels, colours as r, g, b, parallel facts apart', async () => {
    const g = answered('networkx.read_gexf', readExport('gexf', await exportText('gexf')).networkx);
    expect(g.graphClass).toBe(networkxClass(expected));
    expectCleanRead(g);
    expectSameGraph(asReference(g, 'gexf'), expected);
    expectNodeLabels(g, 'gexf', expected);
    expect(g.parallelEdges).toBe(parallelFacts(expected));
    const colours = Object.fromEntries(
      g.nodes.map((n) => {
        const { r, g: green, b } = (n.attrs.viz as { color: Record<string, Value> }).color;
        return [n.id, { r, g: green, b }];
      }),
    );
    expect(colours).toEqual(
      Object.fromEntries([...expected.nodes.values()].map((n) => [n.id, rgb(kindStyle(n.kind).color)])),
    );
  });

  it('GEXF: no two edges share source, target and kind, so Gephi keeps every fact as its own edge', async () => {
    const doc = parseXmlStrictly(await exportText('gexf'));
    const edges = Array.from(doc.getElementsByTagName('edge')).map((e) => ({
      id: e.getAttribute('id') ?? '',
      triple: `${e.getAttribute('source')} → ${e.getAttribute('target')} : ${e.getAttribute('kind')}`,
      kind: e.getAttribute('kind') ?? '',
      label: e.getAttribute('label') ?? '',
    }));
    expect(edges.map((e) => e.id).sort()).toEqual([...expected.edges.keys()].sort());
    const triples = edges.map((e) => e.triple);
    expect(triples.filter((t, i) => triples.indexOf(t) !== i)).toEqual([]);
    // The kind still starts with the relation type, which is also the edge label.
    for (const e of edges) {
      expect(e.label).toBe(expected.edges.get(e.id)?.type);
      expect(e.kind.startsWith(e.label), `${e.id}: kind ${e.kind}`).toBe(true);
    }
  });

  it('DOT: networkx reads it through pydot, and Graphviz renders it without a warning', async () => {
    const answers = readExport('dot', await exportText('dot'));
    expect(answers.graphviz).toEqual({ exitCode: 0, stderr: '', svgBytes: expect.any(Number) as number });
    const g = answered('networkx.drawing.nx_pydot.read_dot', answers.pydot);
    // from_pydot makes a multigraph of every non-strict DOT graph.
    expect(g.graphClass).toBe('MultiDiGraph');
    expectCleanRead(g);
    expectSameGraph(asReference(g, 'dot'), expected);
    expectNodeLabels(g, 'dot', expected);
    expect(g.parallelEdges).toBe(parallelFacts(expected));
  });

  if (graphName === 'the seed graph')
    it('the two OpenAI → Chinese AI companies accusations stay two facts, each with its own quote', async () => {
      const pair = [...expected.edges.values()].filter(
        (e) => e.source === 'openai' && e.target === 'chinese-ai-companies' && e.type === 'ACCUSES',
      );
      expect(pair).toHaveLength(2);
      expect(new Set(pair.map((e) => e.quotes[0])).size).toBe(2);
      const gexf = asReference(
        answered('networkx.read_gexf', readExport('gexf', await exportText('gexf')).networkx),
        'gexf',
      );
      for (const e of pair) expect(gexf.edges.get(e.id)).toEqual(e);
    });
  else
    it('the awkward quote and aliases come back exactly from every reader', async () => {
      const graphml = readExport('graphml', await exportText('graphml'));
      const read = [
        asReference(answered('networkx graphml', graphml.networkx), 'graphml'),
        asReference(answered('igraph graphml', graphml.igraph), 'graphml'),
        asReference(answered('networkx gexf', readExport('gexf', await exportText('gexf')).networkx), 'gexf'),
        asReference(answered('pydot', readExport('dot', await exportText('dot')).pydot), 'dot'),
      ];
      for (const g of read) {
        expect(g.edges.get('wh-accuses-acme')?.quotes).toEqual([TRICKY_QUOTE]);
        expect(g.nodes.get('white-house')?.aliases).toEqual(TRICKY_ALIASES);
        expect(g.nodes.get('acme')?.name).toBe('Acme <Ümlaut> & Co');
      }
    });
});
