/**
 * The texts generated from the vocabulary: the relation type table in src/ingest/README.md,
 * the union that `{{FACT_TYPES}}` stands for in cypher/README.md, and cypher/style.grass (Neo4j
 * Browser's colours) and the `RelationType` enum of schema.graphql. `npm run docs:types` writes them; unit tests check the files are current.
 */
import { CAMEO_ROOTS } from './cameo.js';
import { ENTITY_KIND_DESCRIPTORS, ENTITY_KINDS } from './entityKinds.js';
import { FACT_TYPE_UNION } from './factTypes.js';
import type { HexColor } from './hexColor.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES, relationCameoRoot } from './relationTypes.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const phrases = (list: readonly string[], [open, close]: string) =>
  list.map((p) => `${open}${p}${close}`).join(', ');

/** The Markdown table of relation types (for src/ingest/README.md). */
export function relationTypeTable(): string {
  const rows = RELATION_TYPE_NAMES.map((name) => {
    const t = RELATION_TYPES[name];
    const root = relationCameoRoot(name);
    const cameo = t.cameo === null ? '—' : `${t.cameo} ${t.cameoName} (root ${root} ${CAMEO_ROOTS[root!]})`;
    const plover = t.plover === null ? '—' : [t.plover.event, t.plover.mode].filter(Boolean).join(' / ');
    const note = t.ploverNote === null ? '' : ` — ${t.ploverNote}`;
    return `| \`${name}\` | ${cell(t.meaning)} | ${cell(t.direction)} | ${cell(cameo)} | ${cell(plover + note)} | ${cell(phrases(t.examples.de, '„“'))} | ${cell(phrases(t.examples.en, '“”'))} |`;
  });
  return [
    '| type | meaning | direction | CAMEO | PLOVER | German | English |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** What `{{FACT_TYPES}}` stands for (for cypher/README.md). */
export function factTypeUnionBlock(): string {
  return ['```', FACT_TYPE_UNION, '```'].join('\n');
}

function channel(color: HexColor, i: number): number {
  return parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16);
}

function hex(rgb: number[]): string {
  return (
    '#' +
    rgb
      .map((c) => Math.round(c).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()
  );
}

/** Neo4j Browser draws a node's border a shade darker than its fill, and its caption inside it. */
function nodeRule(label: string, color: HexColor): string {
  const rgb = [0, 1, 2].map((i) => channel(color, i));
  const light = 0.299 * rgb[0]! + 0.587 * rgb[1]! + 0.114 * rgb[2]! > 150;
  return [
    `node.${label} {`,
    `  color: ${hex(rgb)};`,
    `  border-color: ${hex(rgb.map((c) => c * 0.8))};`,
    `  text-color-internal: ${light ? '#2A2C34' : '#FFFFFF'};`,
    `  caption: "{name}";`,
    `}`,
  ].join('\n');
}

/**
 * cypher/style.grass, whole: Neo4j Browser's style with the explorer's colours. Browser's grass
 * has no comments, so the file is generated entire instead of between markers.
 */
export function grassStyle(): string {
  const head = `node {
  diameter: 50px;
  color: #A5ABB6;
  border-color: #9AA1AC;
  border-width: 2px;
  text-color-internal: #FFFFFF;
  font-size: 10px;
}

relationship {
  color: #A5ABB6;
  shaft-width: 2px;
  font-size: 8px;
  padding: 3px;
  text-color-external: #000000;
  text-color-internal: #FFFFFF;
  caption: "<type>";
}

node.Entity {
  caption: "{name}";
}

node.Article {
  color: #F5F5F5;
  border-color: #BDBDBD;
  text-color-internal: #333333;
  diameter: 65px;
  caption: "{title}";
}`;
  const kinds = ENTITY_KINDS.map((k) => nodeRule(k, ENTITY_KIND_DESCRIPTORS[k].color));
  const types = RELATION_TYPE_NAMES.map((t) =>
    [
      `relationship.${t} {`,
      `  color: ${hex([0, 1, 2].map((i) => channel(RELATION_TYPES[t].color, i)))};`,
      `  caption: "<type>";`,
      `}`,
    ].join('\n'),
  );
  const mentions = `relationship.MENTIONS {
  color: #DDDDDD;
  shaft-width: 1px;
  caption: "";
}`;
  return [head, kinds.join('\n'), [...types, mentions].join('\n')].join('\n\n') + '\n';
}

/** The `RelationType` enum of schema.graphql: one value per type, described by its meaning. */
export function relationTypeEnum(): string {
  const values = RELATION_TYPE_NAMES.map((name) => {
    const t = RELATION_TYPES[name];
    return `  ${JSON.stringify(`${t.meaning} Direction: ${t.direction}.`)}\n  ${name}`;
  });
  return [
    '# Generated from src/domain/relationTypes.ts by `npm run docs:types`: edit the types there.',
    '"""',
    'The closed list of relation types (src/domain/relationTypes.ts, which also gives each its CAMEO',
    'and PLOVER codes). The arrow reads subject → object: `ACCUSES` is accuser → accused.',
    '"""',
    'enum RelationType {',
    ...values,
    '}',
  ].join('\n');
}

/** Markers around a generated part of a Markdown file (HTML comments) or of schema.graphql. */
export const markdownMarkers = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;
export const graphqlMarkers = (name: string) => [`# ${name}:start`, `# ${name}:end`] as const;

/** `text` with the part between the `start` and `end` marker lines replaced by `content`. */
export function replaceBetweenMarkers(
  text: string,
  [start, end]: readonly [string, string],
  content: string,
): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`No ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
