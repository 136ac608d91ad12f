/**
 * The graph rows of a load (graphRecords.ts) as the CSV files `neo4j-admin database import` reads:
 * typed headers (`factCount:long`, `aliases:string[]`, `loadedAt:datetime`), ID spaces for
 * articles and entities (their ids may coincide), the relation type of each fact in a `:TYPE`
 * column. Written in chunks: at a million facts the files are larger than one JavaScript string.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ClaimRow } from '../batchRows.js';
import type { ArticleRow, GraphRecords, MentionRecord } from './graphRecords.js';

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
}

/** The properties of an article, a mention and a claim, in the order of the files' columns. */
export const ARTICLE_PROPERTIES = [
  'title',
  'language',
  'outlet',
  'author',
  'publishedAt',
  'publishedDate',
  'publishedPrecision',
  'url',
  'text',
  'textSha256',
  'factCount',
] as const satisfies readonly (keyof ArticleRow)[];
export const MENTION_PROPERTIES = [
  'name',
  'kind',
  'description',
  'wikidataId',
  'aliases',
  'roles',
] as const satisfies readonly (keyof MentionRecord)[];
export const CLAIM_PROPERTIES = [
  'factId',
  'articleId',
  'quote',
  'start',
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
  'eventText',
  'eventFrom',
  'eventTo',
  'eventPrecision',
  'deprecatedOn',
  'deprecationReason',
  'publishedDate',
] as const satisfies readonly (keyof ClaimRow)[];

/** The importer's value type of the properties that are not strings (as the loader writes them). */
const IMPORT_TYPES: Readonly<Record<string, string>> = {
  factCount: 'long',
  publishedDate: 'datetime',
  aliases: 'string[]',
  roles: 'string[]',
  start: 'long',
  confidence: 'double',
  denies: 'string[]',
  eventFrom: 'datetime',
  eventTo: 'datetime',
  deprecatedOn: 'datetime',
};
const typed = (p: string) => (IMPORT_TYPES[p] ? `${p}:${IMPORT_TYPES[p]}` : p);

/** An empty list is no property, as the loader writes a mention's aliases and roles. */
const nonEmpty = (v: unknown) => (Array.isArray(v) && v.length === 0 ? null : v);

export async function writeImportFiles(g: GraphRecords, dir: string, loadedAt: Date): Promise<ImportFiles> {
  const file = (name: string) => path.join(dir, name);
  const at = loadedAt.toISOString();
  const multiline: string[] = [];
  const write = async (name: string, header: string[], rows: Iterable<readonly unknown[]>) => {
    if (await writeCsv(file(name), header, rows)) multiline.push(file(name));
  };
  // Entities get their values and kind label from their mentions after the import.
  await write(
    'entities.csv',
    ['id:ID(Entity)', ':LABEL'],
    g.entityIds.map((id) => [id, 'Entity']),
  );
  await write(
    'articles.csv',
    ['id:ID(Article)', ...ARTICLE_PROPERTIES.map(typed), 'loadedAt:datetime'],
    g.articles.map((a) => [a.id, ...ARTICLE_PROPERTIES.map((p) => a[p]), at]),
  );
  await write(
    'mentions.csv',
    [':START_ID(Article)', ':END_ID(Entity)', ...MENTION_PROPERTIES.map(typed)],
    g.mentions.map((m) => [m.articleId, m.entityId, ...MENTION_PROPERTIES.map((p) => nonEmpty(m[p]))]),
  );
  await write(
    'facts.csv',
    // The articles that state each fact: ingestDeriveFacts finds the claims from them.
    [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'id', 'sourceArticleIds:string[]'],
    g.facts.map((f) => [f.subject, f.object, f.type, f.id, f.articleIds]),
  );
  await write(
    'claims.csv',
    ['id:ID(Claim)', ':LABEL', ...CLAIM_PROPERTIES.map(typed)],
    g.claims.map((c) => [c.id, 'Claim', ...CLAIM_PROPERTIES.map((p) => c[p])]),
  );
  await write(
    'states.csv',
    [':START_ID(Article)', ':END_ID(Claim)'],
    g.claims.map((c) => [c.articleId, c.id]),
  );
  return {
    nodes: [`Article=${file('articles.csv')}`, file('entities.csv'), file('claims.csv')],
    relationships: [`MENTIONS=${file('mentions.csv')}`, file('facts.csv'), `STATES=${file('states.csv')}`],
    multiline,
  };
}
