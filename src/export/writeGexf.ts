/**
 * GEXF 1.3 (Gephi), written by graphology-gexf from a graphology multigraph (several facts may
 * join the same two entities). The node label is the entity's name; the edge label and `kind`
 * are the relation type; viz colours follow the explorer's palette.
 *
 * graphology-gexf's own list handling is unsafe for our data: GEXF 1.3 `liststring` items are
 * written unquoted unless they contain a quote, so an alias such as "Trump, Donald" would split,
 * and nested objects become "[object Object]". Every list is therefore written as a `string`
 * attribute holding a JSON array (`["Weißes Haus","the White House"]`), the same convention as
 * the GraphML export; read it back with JSON.parse.
 */
import graphology from 'graphology';
import { write } from 'graphology-gexf';
import {
  EDGE_ATTRIBUTES,
  listToJson,
  NODE_ATTRIBUTES,
  type AttributeValue,
  type ExportGraph,
} from './ExportGraph.js';
import { kindStyle, RELATION_COLORS } from './palette.js';

type Scalar = string | number;

function scalar(value: AttributeValue): Scalar | undefined {
  if (value === null) return undefined;
  return Array.isArray(value) ? listToJson(value) : value;
}

function attributes<T>(specs: ReadonlyArray<{ name: keyof T & string }>, element: T): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const { name } of specs) {
    const v = scalar(element[name] as AttributeValue);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export function writeGexf(graph: ExportGraph): string {
  const g = new graphology.MultiDirectedGraph();
  for (const n of graph.nodes)
    g.addNode(n.id, {
      label: n.name,
      color: kindStyle(n.kind).color,
      attributes: { ...attributes(NODE_ATTRIBUTES, n), labels: n.labels.map((l) => `:${l}`).join('') },
    });
  for (const e of graph.edges)
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.type,
      kind: e.type,
      color: RELATION_COLORS[e.type],
      attributes: attributes(EDGE_ATTRIBUTES, e),
    });
  return write(g, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: a.label, viz: { color: a.color }, attributes: a.attributes }),
    formatEdge: (_key, a) => ({
      label: a.label,
      kind: a.kind,
      viz: { color: a.color },
      attributes: a.attributes,
    }),
  });
}
