/**
 * Reads a generated corpus back as the loader reads it (validated), for the naive and LOAD CSV
 * loaders; reading is preparation and not timed for them.
 */
import { readFactFiles } from '../../src/ingest/loadPath.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';

/** The corpus's articles, in file order, cut after its first `limitFacts` facts. */
export async function readCorpus(articlesDir: string, limitFacts = Infinity): Promise<ValidArticle[]> {
  const { articles, problems } = await readFactFiles([articlesDir]);
  if (problems.length > 0)
    throw new Error(
      `the corpus in ${articlesDir} has ${problems.length} problems, e.g. ${problems[0]?.reason}`,
    );
  const out: ValidArticle[] = [];
  let facts = 0;
  for (const a of [...articles].sort((x, y) => (x.file < y.file ? -1 : 1))) {
    if (facts >= limitFacts) break;
    const kept = a.facts.slice(0, limitFacts - facts);
    facts += kept.length;
    out.push({ ...a, facts: kept });
  }
  return out;
}

export function countFacts(articles: readonly ValidArticle[]): number {
  return articles.reduce((n, a) => n + a.facts.length, 0);
}
