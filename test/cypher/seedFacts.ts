/**
 * The seed fact file read directly (not through the graph): the oracle the analyst queries'
 * expected rows are built from, so a test states which facts it expects by id and takes their
 * long English summaries and German quotes from the source instead of copying them.
 */
import { readFileSync } from 'node:fs';

interface SeedFact {
  id: string;
  subject: string;
  type: string;
  object: string;
  summary: string;
  quote: string;
  qualifiers?: { about?: string; reason?: string; when?: string; role?: string; scope?: string };
  statedBy?: string;
  modality: string;
  denies?: string[];
}

interface SeedFile {
  article: { id: string; title: string; textFile: string };
  entities: Array<{ id: string; name: string; kind: string; aliases: string[] }>;
  facts: SeedFact[];
}

const SEED = new URL('../../seed/', import.meta.url);
const file = JSON.parse(readFileSync(new URL('000_efa1921cf80bbea2.facts.json', SEED), 'utf8')) as SeedFile;

export const seedArticle = file.article;
export const seedText = readFileSync(new URL(file.article.textFile, SEED), 'utf8');
export const seedFacts = file.facts;

export function fact(id: string): SeedFact {
  const f = file.facts.find((x) => x.id === id);
  if (!f) throw new Error(`No seed fact ${id}`);
  return f;
}

export function entityName(id: string): string {
  const e = file.entities.find((x) => x.id === id);
  if (!e) throw new Error(`No seed entity ${id}`);
  return e.name;
}
