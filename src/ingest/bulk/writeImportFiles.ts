/**
 * The graph rows of a load (graphRecords.ts) as the CSV files `neo4j-admin database import` reads:
 * typed headers (`factCount:long`, `aliases:string[]`, `loadedAt:datetime`), ID spaces for
 * articles and entities (their ids may coincide), the relation type of each fact in a `:TYPE`
 * column. Written in chunks: at a million facts the files are larger than one JavaScript string.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRow, FactRow, GraphRecords } from './graphRecords.js';

/** Separates the items of a list (and the labels of a node) inside one field: a control character no fact file text holds. */
export const ARRAY_DELIMITER = '\u001f';
const ROWS_PER_WRITE = 5_000;

/** Strings quoted ("" inside); null and undefined as an empty unquoted field: no property. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v);
  return s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`;
}

/** Writes one file; true when a field holds a line break (the importer must parse it as multiline). */
async function writeCsv(
  file: string,
  header: string[],
  rows: Iterable<readonly unknown[]>,
): Promise<boolean> {
  const handle = await open(file, 'w');
  let multiline = false;
  try {
    let chunk: string[] = [header.join(',')];
    const flush = async () => {
      await handle.write(chunk.join('\n') + '\n');
      chunk = [];
    };
    for (const r of rows) {
      const line = r.map(cell).join(',');
      multiline ||= line.includes('\n') || line.includes('\r');
      chunk.push(line);
      if (chunk.length >= ROWS_PER_WRITE) await flush();
    }
    if (chunk.length > 0) await flush();
  } finally {
    await handle.close();
  }
  return multiline;
}

/** The `--nodes` and `--relationships` arguments naming the files written. */
export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  /** The files with a field that spans lines. */
  multiline: string[];
  /** Empty lists, which the import tool cannot write (an empty field is no property); set after. */
  emptyLists: { entityAliases: string[]; entityRoles: string[] };
}

/** The properties of an article, and of a fact, in the order of the files' columns. */
export const ARTICLE_PROPERTIES = [
  'title',
  'language',
  'outlet',
  'author',
  'publishedAt',
  'url',
  'text',
  'textSha256',
  'factCount',
] as const satisfies readonly (keyof ArticleRow)[];
export const FACT_PROPERTIES = [
  'summary',
  'about',
  'reason',
  'when',
  'role',
  'scope',
  'modality',
  'confidence',
  'statedBy',
  'cameo',
  'denies',
  'sourceArticleIds',
  'sourceQuotes',
  'sourceStarts',
] as const satisfies readonly (keyof FactRow)[];

/** The importer's value type of the properties that are not strings (as the loader writes them). */
const IMPORT_TYPES: Readonly<Record<string, string>> = {
  factCount: 'long',
  confidence: 'double',
  denies: 'string[]',
  sourceArticleIds: 'string[]',
  sourceQuotes: 'string[]',
  sourceStarts: 'long[]',
};
const typed = (p: string) => (IMPORT_TYPES[p] ? `${p}:${IMPORT_TYPES[p]}` : p);

/** Lists the loader stores even when empty (`[]`), unlike the nullable fact fields (`denies`). */
const nonEmpty = (xs: readonly unknown[]) => (xs.length > 0 ? xs : null);

export async function writeImportFiles(g: GraphRecords, dir: string, loadedAt: Date): Promise<ImportFiles> {
  const file = (name: string) => path.join(dir, name);
  const at = loadedAt.toISOString();
  const multiline: string[] = [];
  const write = async (name: string, header: string[], rows: Iterable<readonly unknown[]>) => {
    if (await writeCsv(file(name), header, rows)) multiline.push(file(name));
  };
  await write(
    'entities.csv',
    ['id:ID(Entity)', ':LABEL', 'name', 'kind', 'aliases:string[]', 'roles:string[]', 'description'],
    g.entities.map((e) => [
      e.id,
      `Entity${ARRAY_DELIMITER}${e.kind}`,
      e.name,
      e.kind,
      nonEmpty(e.aliases),
      nonEmpty(e.roles),
      e.description,
    ]),
  );
  await write(
    'articles.csv',
    ['id:ID(Article)', ...ARTICLE_PROPERTIES.map(typed), 'loadedAt:datetime'],
    g.articles.map((a) => [a.id, ...ARTICLE_PROPERTIES.map((p) => a[p]), at]),
  );
  await write('mentions.csv', [':START_ID(Article)', ':END_ID(Entity)'], g.mentions);
  await write(
    'facts.csv',
    [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'id', ...FACT_PROPERTIES.map(typed)],
    g.facts.map((f) => [f.subject, f.object, f.type, f.id, ...FACT_PROPERTIES.map((p) => f[p])]),
  );
  return {
    nodes: [`Article=${file('articles.csv')}`, file('entities.csv')],
    relationships: [`MENTIONS=${file('mentions.csv')}`, file('facts.csv')],
    multiline,
    emptyLists: {
      entityAliases: g.entities.filter((e) => e.aliases.length === 0).map((e) => e.id),
      entityRoles: g.entities.filter((e) => e.roles.length === 0).map((e) => e.id),
    },
  };
}
