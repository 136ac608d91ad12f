/** Fact files for the loader tests: the seed file as data to edit, written to a temporary folder. */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Database } from '../../src/neo4j/Database.js';
import { SEED_DIR } from '../support/seedGraph.js';

export const SEED_FILE = path.join(SEED_DIR, '000_efa1921cf80bbea2.facts.json');
export const SEED_TEXT = readFileSync(path.join(SEED_DIR, '000_efa1921cf80bbea2.txt'), 'utf8');

/** Loose enough to break on purpose. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, editable copy of the seed fact file with its text inline (so it can live anywhere). */
export function seedFacts(): Json {
  const data = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Json;
  delete data.article.textFile;
  data.article.text = SEED_TEXT;
  delete data.$schema;
  return data;
}

export const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'newsgraph-ingest-'));

/** Writes `data` as JSON or YAML (by the name's extension), or a raw string as is; returns the path. */
export async function writeFactFile(dir: string, name: string, data: Json | string): Promise<string> {
  const file = path.join(dir, name);
  const text =
    typeof data === 'string' ? data : /\.ya?ml$/.test(name) ? stringify(data) : JSON.stringify(data);
  await writeFile(file, text);
  return file;
}

/** Every fact relationship, as comparable strings: `TYPE id subject→object [article@start]…`. */
export async function factFingerprint(db: Database): Promise<string[]> {
  const rows = await db.read(`
    MATCH (s:Entity)-[r]->(o:Entity)
    RETURN type(r) + ' ' + r.id + ' ' + s.id + '→' + o.id + ' ' +
      reduce(acc = '', i IN range(0, size(r.sourceArticleIds) - 1) |
        acc + '[' + r.sourceArticleIds[i] + '@' + toString(r.sourceStarts[i]) + ']') AS f`);
  return rows.map((r) => String(r.f)).sort();
}
