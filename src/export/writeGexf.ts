/**
 * GEXF 1.3 (Gephi), written by graphology-gexf from a graphology multigraph (several facts may
 * join the same two entities). The node label is the entity's name; the edge label is the
 * relation type; viz colours follow the explorer's palette.
 *
 * Colours are written as `r`, `g`, `b`, not as `hex`: both are GEXF 1.3, but networkx's reader
 * needs the channels and fails on `hex` alone, while Gephi reads either.
 *
 * The edge `kind` (Gephi's edge type) is the relation type. Gephi treats edges with the same
 * source, target and kind as one edge and merges them on import (summing weights, keeping the
 * first one's attributes), which would drop a second ACCUSES fact between the same two entities
 * with its quote. Where one entity has several facts of the same type about another, each of
 * them therefore gets a kind of its own: the relation type, a colon and the fact id.
 *
 * graphology-gexf's own list handling is unsafe for our data: GEXF 1.3 `liststring` items are
 * written unquoted unless they contain a quote, so an alias such as "Trump, Donald" would split,
 * and nested objects become "[object Object]". Every list is therefore written as a `string`
 * attribute holding a JSON array (`["Weißes Haus","the White House"]`), the same convention as
 * the GraphML export; read it back with JSON.parse.
 *
 * When anything in it is dated, the graph is dynamic (GEXF 1.3 `mode="dynamic"`,
 * `timeformat="date"`; networkx cannot read `dateTime`), so Gephi's timeline replays the story: an edge starts on the (UTC) day its fact was first reported, a node on the
 * earlier of its first dated mention and its first edge. An element without a known date has no
 * `start`, which GEXF reads as "present all the time" (Gephi's timeline filter keeps it unless
 * its "keep null" option is unticked); so that no edge is drawn without its ends, a node with an
 * undated edge has no `start` either. There is no `end`: a later retraction does not unsay that a
 * fact was reported. graphology-gexf writes static graphs only, so the time attributes are set
 * on its output (see withTime).
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
import { kindStyle, RELATION_COLORS, type HexColor } from './palette.js';

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

/** `#rrggbb` → `rgb(r, g, b)`, which graphology-gexf writes as `r`, `g`, `b` attributes. */
function rgb(hex: HexColor): string {
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
}

/** Gephi's edge type per fact: the relation type, made unique where it alone would merge facts. */
function edgeKinds(edges: ExportGraph['edges']): Map<string, string> {
  const triple = (e: ExportGraph['edges'][number]) => JSON.stringify([e.source, e.target, e.type]);
  const count = new Map<string, number>();
  for (const e of edges) count.set(triple(e), (count.get(triple(e)) ?? 0) + 1);
  return new Map(edges.map((e) => [e.id, (count.get(triple(e)) ?? 0) > 1 ? `${e.type}:${e.id}` : e.type]));
}

/** `2025-02-04T08:30:00Z` → `2025-02-04`: the stored dates are UTC, so the day is their first ten characters. */
const day = (iso: string | null): string | null => (iso === null ? null : iso.slice(0, 10));

/** Each node's and each edge's `start` (a day), or null for "always", in the graph's order. */
function gexfStarts(graph: ExportGraph): { nodes: Array<string | null>; edges: Array<string | null> } {
  const edges = graph.edges.map((e) => day(e.firstReported));
  const firstEdge = new Map<string, string | null>();
  graph.edges.forEach((e, i) => {
    for (const end of [e.source, e.target]) {
      const known = firstEdge.get(end);
      const start = edges[i] ?? null;
      // null (an undated edge) wins: the node must be there whenever that edge is.
      if (known === undefined) firstEdge.set(end, start);
      else if (known !== null) firstEdge.set(end, start === null || start < known ? start : known);
    }
  });
  const nodes = graph.nodes.map((n) => {
    const mentioned = day(n.firstMentioned);
    const edge = firstEdge.get(n.id);
    if (edge === null) return null;
    if (edge === undefined) return mentioned;
    return mentioned !== null && mentioned < edge ? mentioned : edge;
  });
  return { nodes, edges };
}

/**
 * Adds `start` to graphology-gexf's `<node …>` and `<edge …>` tags and makes the graph dynamic
 * when any element has one. The k-th `<node ` tag is the k-th node added (graphology keeps
 * insertion order), and no value can contain a raw `<` (the writer escapes it), so counting
 * tags is exact; the days are digits and dashes, which need no escaping.
 */
function withTime(xml: string, graph: ExportGraph): string {
  const starts = gexfStarts(graph);
  if (![...starts.nodes, ...starts.edges].some((s) => s !== null)) return xml;
  const tag = (name: 'node' | 'edge', values: Array<string | null>) => {
    let i = 0;
    return (open: string) => {
      const start = values[i++];
      if (i > values.length) throw new Error(`GEXF writer: more <${name}> tags than ${name}s`);
      return start ? `<${name} start="${start}" ` : open;
    };
  };
  return xml
    .replace('<graph ', '<graph mode="dynamic" timeformat="date" ')
    .replace(/<node /g, tag('node', starts.nodes))
    .replace(/<edge /g, tag('edge', starts.edges));
}

export function writeGexf(graph: ExportGraph): string {
  const g = new graphology.MultiDirectedGraph();
  const kinds = edgeKinds(graph.edges);
  for (const n of graph.nodes)
    g.addNode(n.id, {
      label: n.name,
      color: rgb(kindStyle(n.kind).color),
      attributes: { ...attributes(NODE_ATTRIBUTES, n), labels: n.labels.map((l) => `:${l}`).join('') },
    });
  for (const e of graph.edges)
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.type,
      kind: kinds.get(e.id) ?? e.type,
      color: rgb(RELATION_COLORS[e.type]),
      attributes: attributes(EDGE_ATTRIBUTES, e),
    });
  const xml = write(g, {
    version: '1.3',
    formatNode: (_key, a) => ({ label: a.label, viz: { color: a.color }, attributes: a.attributes }),
    formatEdge: (_key, a) => ({
      label: a.label,
      kind: a.kind,
      viz: { color: a.color },
      attributes: a.attributes,
    }),
  });
  return withTime(xml, graph);
}
