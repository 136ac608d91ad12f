/**
 * GraphML (yEd, Cytoscape, networkx, Gephi, Neo4j via apoc.import.graphml), laid out like APOC's
 * `apoc.export.graphml` with `useTypes: true`: typed `<key>` declarations, node labels as
 * `labels=":Entity:Organization"` plus a `labels` data value, the relation type as the edge's
 * `label` attribute and again as a `label` data value, list properties as JSON arrays with
 * `attr.list`. Written with xmlbuilder2, which escapes `<`, `&`, `"` and keeps umlauts as UTF-8.
 *
 * Key ids are the attribute names, as APOC writes them, except where an edge attribute shares its
 * name with a node attribute (`id`): GraphML key ids must be unique, so that one is `e_id`.
 *
 * Nodes also carry the entity's name under a key named `label` (id `n_label`, since the edge key
 * `label` keeps APOC's id): GraphML has no standard node label, and `label` is the name Gephi,
 * Cytoscape and yEd's property mapper look for — without it they show the ids. apoc.import.graphml
 * stores it as a `label` property next to `name`.
 */
import { create } from 'xmlbuilder2';
import {
  EDGE_ATTRIBUTES,
  listToJson,
  NODE_ATTRIBUTES,
  type AttributeSpec,
  type AttributeValue,
  type ExportGraph,
} from './ExportGraph.js';

type XMLBuilder = ReturnType<typeof create>;

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

interface KeyDeclaration {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: string;
  list?: string;
}

const nodeKeyNames = new Set<string>(['labels', ...NODE_ATTRIBUTES.map((a) => a.name)]);
const edgeKeyId = (name: string) => (nodeKeyNames.has(name) ? `e_${name}` : name);
/** The relation type is the edge's `label` (APOC), so the separate `type` attribute is not repeated. */
const edgeAttributes = EDGE_ATTRIBUTES.filter((a) => a.name !== 'type');

function declaration(spec: AttributeSpec<string>, forWhat: 'node' | 'edge', id: string): KeyDeclaration {
  return spec.list
    ? { id, for: forWhat, name: spec.name, type: 'string', list: spec.type }
    : { id, for: forWhat, name: spec.name, type: spec.type };
}

const NODE_LABEL_KEY = 'n_label';

const KEYS: KeyDeclaration[] = [
  { id: 'labels', for: 'node', name: 'labels', type: 'string' },
  { id: NODE_LABEL_KEY, for: 'node', name: 'label', type: 'string' },
  ...NODE_ATTRIBUTES.map((a) => declaration(a, 'node', a.name)),
  { id: 'label', for: 'edge', name: 'label', type: 'string' },
  ...edgeAttributes.map((a) => declaration(a, 'edge', edgeKeyId(a.name))),
];

function text(value: AttributeValue): string | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return listToJson(value);
  return String(value);
}

function data(element: XMLBuilder, key: string, value: AttributeValue): void {
  const t = text(value);
  if (t !== undefined) element.ele('data', { key }).txt(t);
}

export function writeGraphml(graph: ExportGraph): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  for (const k of KEYS) {
    const attrs: Record<string, string> = { id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type };
    if (k.list) attrs['attr.list'] = k.list;
    root.ele('key', attrs);
  }
  const g = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  for (const n of graph.nodes) {
    const labels = n.labels.map((l) => `:${l}`).join('');
    const node = g.ele('node', { id: n.id, labels });
    data(node, 'labels', labels);
    data(node, NODE_LABEL_KEY, n.name);
    for (const a of NODE_ATTRIBUTES) data(node, a.name, n[a.name]);
  }
  for (const e of graph.edges) {
    const edge = g.ele('edge', { id: e.id, source: e.source, target: e.target, label: e.type });
    data(edge, 'label', e.type);
    for (const a of edgeAttributes) {
      // Only a denial has the facts it denies; in Neo4j no other fact has the property at all.
      if (a.name === 'denies' && e.type !== 'DENIES') continue;
      data(edge, edgeKeyId(a.name), e[a.name]);
    }
  }
  return doc.end({ prettyPrint: true });
}
