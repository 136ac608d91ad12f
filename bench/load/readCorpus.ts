/**
 * Reads a generated corpus back as the loader reads it (validated), for the naive and LOAD CSV
 * loaders and the warm-ups; reading is preparation and not timed for them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readFactFiles } from '../../src/ingest/loadPath.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';

/** Files read and validated at a time: a short head of a large corpus reads no more than it needs. */
const CHUNK = 1000;

/** The corpus's articles, in file order, cut after its first `limitFacts` facts. */
export async function readCorpus(articlesDir: string, limitFacts = Infinity): Promise<ValidArticle[]> {
  const names = (await readdir(articlesDir)).filter((f) => f.endsWith('.facts.json')).sort();
  const out: ValidArticle[] = [];
  let facts = 0;
  for (let i = 0; i < names.length && facts < limitFacts; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK).map((f) => path.join(articlesDir, f));
    const { articles, problems } = await readFactFiles(chunk);
    if (problems.length > 0)
      throw new Error(
        `the corpus in ${articlesDir} has ${problems.length} problems, e.g. ${problems[0]?.reason}`,
      );
    for (const a of articles.sort((x, y) => (x.file < y.file ? -1 : 1))) {
      if (facts >= limitFacts) break;
      const kept = a.facts.slice(0, limitFacts - facts);
      facts += kept.length;
      out.push({ ...a, facts: kept });
    }
  }
  return out;
}

export function countFacts(articles: readonly ValidArticle[]): number {
  return articles.reduce((n, a) => n + a.facts.length, 0);
}
