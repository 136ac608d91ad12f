/**
 * The made-up fixture corpus (test/fixtures/corpus/README.md): seven articles from three
 * invented outlets on several dates, continuing the seed's story. Helpers to load any part of it
 * and to read what a file says of a fact.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DIR } from '../support/seedGraph.js';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
export const SEED_FILE = path.join(SEED_DIR, '000_efa1921cf80bbea2.facts.json');

/** The corpus fact files by their number: '01' … '07'. */
export const corpusFile = (n: string): string => {
  const name = readdirSync(CORPUS_DIR).find((f) => f.startsWith(`${n}_`) && f.endsWith('.facts.json'));
  if (!name) throw new Error(`no corpus file ${n}`);
  return path.join(CORPUS_DIR, name);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));

/** The article id of a corpus file (or of the seed: 'seed'). */
export const articleIdOf = (n: string): string =>
  readJson(n === 'seed' ? SEED_FILE : corpusFile(n)).article.id;

/** What file `n` says of fact `id`, as the fact file has it. */
export const factIn = (n: string, id: string): Json =>
  readJson(n === 'seed' ? SEED_FILE : corpusFile(n)).facts.find((f: Json) => f.id === id);
