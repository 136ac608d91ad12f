/**
 * Reads each export format back with an independent parser — graphology-graphml and
 * graphology-gexf (over @xmldom/xmldom), JSON.parse, ts-graphviz's DOT parser — into the shape of
 * referenceGraph.ts, so one comparison serves all four formats.
 */
import { DOMParser } from '@xmldom/xmldom';
import graphology from 'graphology';
import { parse as parseGexfText } from 'graphology-gexf';
import { parse as parseGraphmlText } from 'graphology-graphml';
import { fromDot } from 'ts-graphviz';
import type { ExportFormat } from '../../src/export/exportFormats.js';
import type { RefEdge, RefGraph, RefNode } from './referenceGraph.js';

type Attrs = Record<string, unknown>;

const list = (v: unknown): string[] => (v === undefined ? [] : (JSON.parse(String(v)) as string[]));
const labelsOf = (v: unknown): string[] => String(v).split(':').filter(Boolean).sort();

function node(id: string, a: Attrs, labels: string[]): RefNode {
  return { id, name: String(a.name), kind: String(a.kind), labels, aliases: list(a.aliases) };
}

function edge(id: string, source: string, target: string, type: string, a: Attrs): RefEdge {
  return {
    id,
    type,
    source,
    target,
    summary: String(a.summary),
    modality: a.modality === undefined ? null : String(a.modality),
    quotes: list(a.sourceQuotes),
    articles: list(a.sourceArticleIds),
  };
}

/** Throws on any XML error or warning (an unescaped `&` or `<` would be one). */
export function parseXmlStrictly(text: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
}

function fromGraphology(
  g: InstanceType<typeof graphology.MultiDirectedGraph>,
  xml: string,
  format: 'graphml' | 'gexf',
) {
  const doc = parseXmlStrictly(xml);
  const xmlAttr = (tag: string, id: string, name: string) =>
    Array.from(doc.getElementsByTagName(tag))
      .find((el) => el.getAttribute('id') === id)
      ?.getAttribute(name) ?? '';
  const out: RefGraph & { raw: { nodes: Map<string, Attrs>; edges: Map<string, Attrs> } } = {
    nodes: new Map(),
    edges: new Map(),
    raw: { nodes: new Map(), edges: new Map() },
  };
  g.forEachNode((id, a) => {
    // GraphML: APOC's labels attribute on <node>; GEXF: the `labels` attribute value.
    const labels = format === 'graphml' ? labelsOf(xmlAttr('node', id, 'labels')) : labelsOf(a.labels);
    out.nodes.set(id, node(id, a, labels));
    out.raw.nodes.set(id, a);
  });
  g.forEachEdge((id, a, source, target) => {
    const type = format === 'graphml' ? xmlAttr('edge', id, 'label') : String(a.label);
    out.edges.set(id, edge(id, source, target, type, a));
    out.raw.edges.set(id, a);
  });
  return out;
}

export function parseGraphml(text: string) {
  return fromGraphology(parseGraphmlText(graphology.MultiDirectedGraph, text), text, 'graphml');
}

export function parseGexf(text: string) {
  return fromGraphology(parseGexfText(graphology.MultiDirectedGraph, text), text, 'gexf');
}

export function parseCyjs(text: string) {
  const doc = JSON.parse(text) as {
    elements: { nodes: Array<{ data: Attrs }>; edges: Array<{ data: Attrs }> };
  };
  const out: RefGraph = { nodes: new Map(), edges: new Map() };
  for (const { data: d } of doc.elements.nodes)
    out.nodes.set(String(d.id), {
      id: String(d.id),
      name: String(d.name),
      kind: String(d.kind),
      labels: (d.labels as string[]).slice().sort(),
      aliases: d.aliases as string[],
    });
  for (const { data: d } of doc.elements.edges)
    out.edges.set(String(d.id), {
      id: String(d.id),
      type: String(d.label),
      source: String(d.source),
      target: String(d.target),
      summary: String(d.summary),
      modality: (d.modality as string | undefined) ?? null,
      quotes: d.sourceQuotes as string[],
      articles: d.sourceArticleIds as string[],
    });
  return out;
}

/** DOT escString → text: ts-graphviz's parser turns `\"` into `"` and leaves `\\` and `\n`. */
const unescapeDot = (s: string) => s.replace(/\\(\\|n|")/g, (_m, c: string) => (c === 'n' ? '\n' : c));

export function parseDot(text: string) {
  const g = fromDot(text);
  const attrs = (values: ReadonlyArray<readonly [string, unknown]>): Attrs =>
    Object.fromEntries(values.map(([k, v]) => [k, unescapeDot(String(v))]));
  const out: RefGraph = { nodes: new Map(), edges: new Map() };
  for (const n of g.nodes) {
    const a = attrs(n.attributes.values);
    // DOT's node label is the entity's name (there is no `name` attribute: pydot cannot take one).
    out.nodes.set(n.id, node(n.id, { ...a, name: a.label }, labelsOf(a.labels)));
  }
  for (const e of g.edges) {
    const a = attrs(e.attributes.values);
    const [s, t] = e.targets.map((x) => ('id' in x ? x.id : ''));
    out.edges.set(String(a.id), edge(String(a.id), s ?? '', t ?? '', String(a.label), a));
  }
  return out;
}

export const PARSERS: Record<ExportFormat, (text: string) => RefGraph> = {
  graphml: parseGraphml,
  gexf: parseGexf,
  cyjs: parseCyjs,
  dot: parseDot,
};
