/**
 * Cytoscape.js / Cytoscape desktop JSON (`.cyjs`): `elements.nodes[].data` and
 * `elements.edges[].data` with `id`, `source`, `target`. The relation type is the edge's `label`
 * and, as Cytoscape desktop names the edge type column, its `interaction`. Lists stay JSON arrays.
 */
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportGraph } from './ExportGraph.js';

type Data = Record<string, string | number | Array<string | number | null>>;

function pick<T>(specs: ReadonlyArray<{ name: keyof T & string }>, element: T): Data {
  const out: Data = {};
  for (const { name } of specs) {
    const v = element[name] as Data[string] | null;
    if (v !== null) out[name] = v;
  }
  return out;
}

export interface CyjsDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: { nodes: Array<{ data: Data }>; edges: Array<{ data: Data }> };
}

export function toCyjs(graph: ExportGraph): CyjsDocument {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.0',
    data: { name: 'newsgraph' },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...pick(NODE_ATTRIBUTES, n), labels: n.labels } })),
      edges: graph.edges.map((e) => ({
        data: {
          ...pick(EDGE_ATTRIBUTES, e),
          source: e.source,
          target: e.target,
          label: e.type,
          interaction: e.type,
        },
      })),
    },
  };
}

export function writeCyjs(graph: ExportGraph): string {
  return JSON.stringify(toCyjs(graph), null, 2) + '\n';
}
