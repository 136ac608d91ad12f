/** Reads a generated corpus back (for the naive and LOAD CSV loaders, which skip validation). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SynFactFile } from '../corpus/factFile.js';

export async function readCorpus(articlesDir: string, limitFacts = Infinity): Promise<SynFactFile[]> {
  const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.facts.json')).sort();
  const files: SynFactFile[] = [];
  let facts = 0;
  for (const name of names) {
    if (facts >= limitFacts) break;
    const file = JSON.parse(await readFile(path.join(articlesDir, name), 'utf8')) as SynFactFile;
    file.facts = file.facts.slice(0, limitFacts - facts);
    facts += file.facts.length;
    files.push(file);
  }
  return files;
}

export function countFacts(files: SynFactFile[]): number {
  return files.reduce((n, f) => n + f.facts.length, 0);
}
