/**
 * Graphviz DOT: a digraph with entities labelled by name (shape and colour by kind) and facts as
 * edges labelled with their relation type. Every other exported attribute rides along as a DOT
 * attribute (Graphviz keeps attributes it does not know; gvpr, pydot and networkx read them);
 * lists are JSON arrays.
 *
 * Written here rather than by a DOT library, so the text stays in the subset every DOT reader
 * accepts, not just Graphviz: every ID quoted, attributes separated by commas (pydot rejects `;`
 * inside `[…]`), and no node attribute called `name` (pydot passes attributes as keyword
 * arguments next to its own `name` and fails). The entity's name is therefore the node `label`,
 * which Graphviz draws anyway.
 *
 * Values are escaped in DOT's own terms — `\` → `\\`, `"` → `\"`, line break → `\n` — so Graphviz
 * (whose labels read backslash sequences) and parsers give back exactly the original text.
 */
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

const quoted = (value: string) => `"${dotEscape(value)}"`;

function text(value: AttributeValue): string | undefined {
  if (value === null) return undefined;
  return Array.isArray(value) ? listToJson(value) : String(value);
}

/** `[a="x", b="y"]`: commas between attributes, keys are plain identifiers from our own tables. */
function attributeList(attributes: Array<[string, string | undefined]>): string {
  const items = attributes
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => `${k}=${quoted(v)}`);
  return `[${items.join(', ')}]`;
}

function carried<T>(specs: ReadonlyArray<{ name: keyof T & string }>, element: T, skip: string[]) {
  return specs
    .filter((s) => !skip.includes(s.name))
    .map((s): [string, string | undefined] => [s.name, text(element[s.name] as AttributeValue)]);
}

export function writeDot(graph: ExportGraph): string {
  const lines = [
    'digraph "newsgraph" {',
    `  graph ${attributeList([
      ['overlap', 'false'],
      ['splines', 'true'],
      ['fontname', 'Helvetica'],
    ])};`,
    `  node ${attributeList([
      ['style', 'filled'],
      ['fontname', 'Helvetica'],
      ['fontcolor', 'white'],
    ])};`,
    `  edge ${attributeList([
      ['fontname', 'Helvetica'],
      ['fontsize', '9'],
    ])};`,
  ];
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    const style = kindStyle(n.kind);
    ids.add(n.id);
    lines.push(
      `  ${quoted(n.id)} ${attributeList([
        ['id', n.id],
        ['label', n.name],
        ['shape', style.dotShape],
        ['fillcolor', style.color],
        ['color', style.color],
        ...carried(NODE_ATTRIBUTES, n, ['id', 'name']),
        ['labels', n.labels.map((l) => `:${l}`).join('')],
      ])};`,
    );
  }
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    lines.push(
      `  ${quoted(e.source)} -> ${quoted(e.target)} ${attributeList([
        ['id', e.id],
        ['label', e.type],
        ['color', RELATION_COLORS[e.type]],
        ['fontcolor', RELATION_COLORS[e.type]],
        ['tooltip', e.summary],
        ...carried(EDGE_ATTRIBUTES, e, ['id']),
      ])};`,
    );
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
