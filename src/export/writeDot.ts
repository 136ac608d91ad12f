/**
 * Graphviz DOT, built with ts-graphviz: a digraph with entities labelled by name (shape and
 * colour by kind) and facts as edges labelled with their relation type. Every exported attribute
 * rides along as a DOT attribute (see dotAttributes.ts); lists are JSON arrays.
 *
 * ts-graphviz escapes only unescaped double quotes and line breaks, and leaves backslashes alone
 * (they start escString sequences in Graphviz labels). Values are therefore escaped here, fully
 * and in DOT's own terms — `\` → `\\`, `"` → `\"`, line break → `\n` — before they reach it.
 */
import { attribute as _, Digraph, Edge, Node, toDot } from 'ts-graphviz';
import './dotAttributes.js';
import {
  EDGE_ATTRIBUTES,
  listToJson,
  NODE_ATTRIBUTES,
  type AttributeValue,
  type ExportGraph,
} from './ExportGraph.js';
import { kindStyle, RELATION_COLORS } from './palette.js';

/** A value as DOT escString text, escaped so Graphviz (and parsers) read back exactly `value`. */
export function dotEscape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function dotValue(value: AttributeValue): string | undefined {
  if (value === null) return undefined;
  return dotEscape(Array.isArray(value) ? listToJson(value) : String(value));
}

function custom<T>(specs: ReadonlyArray<{ name: keyof T & string }>, element: T, skip: string[]) {
  const out: Record<string, string> = {};
  for (const { name } of specs) {
    if (skip.includes(name)) continue;
    const v = dotValue(element[name] as AttributeValue);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export function writeDot(graph: ExportGraph): string {
  const g = new Digraph('newsgraph', {
    [_.overlap]: false,
    [_.splines]: true,
    [_.fontname]: 'Helvetica',
  });
  g.node({ [_.style]: 'filled', [_.fontname]: 'Helvetica', [_.fontcolor]: 'white' });
  g.edge({ [_.fontname]: 'Helvetica', [_.fontsize]: 9 });
  const nodes = new Map<string, Node>();
  for (const n of graph.nodes) {
    const style = kindStyle(n.kind);
    const node = new Node(n.id, {
      [_.id]: dotEscape(n.id),
      [_.label]: dotEscape(n.name),
      [_.shape]: style.dotShape,
      [_.fillcolor]: style.color,
      [_.color]: style.color,
      ...custom(NODE_ATTRIBUTES, n, ['id']),
      labels: dotEscape(n.labels.map((l) => `:${l}`).join('')),
    });
    nodes.set(n.id, node);
    g.addNode(node);
  }
  for (const e of graph.edges) {
    const [source, target] = [nodes.get(e.source), nodes.get(e.target)];
    if (!source || !target) continue;
    g.addEdge(
      new Edge([source, target], {
        [_.id]: dotEscape(e.id),
        [_.label]: e.type,
        [_.color]: RELATION_COLORS[e.type],
        [_.fontcolor]: RELATION_COLORS[e.type],
        [_.tooltip]: dotEscape(e.summary),
        ...custom(EDGE_ATTRIBUTES, e, ['id']),
      }),
    );
  }
  return toDot(g) + '\n';
}
