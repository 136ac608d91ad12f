/**
 * One fact file sent over the API, checked and loaded by the very code `newsgraph load` runs:
 * it is written to a private temporary folder and read back by the loader's validation (so the
 * API accepts exactly what the CLI accepts, problem for problem), then loaded in one transaction.
 * The article text must be inline: a `textFile` would make the server read a path a client chose.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../neo4j/Database.js';
import { loadArticles, readFactFiles, type LoadSummary } from '../../ingest/loadPath.js';
import { FactFileError } from '../../ingest/Problem.js';

/** How problems name the fact file sent (there is no file name). */
export const SENT_FILE = 'factFile';

export interface Ingested extends LoadSummary {
  articleId: string;
}

/** Throws a FactFileError listing every problem; nothing is written then. */
export async function ingestFactFile(db: Database, factFile: unknown): Promise<Ingested> {
  if (typeof factFile !== 'object' || factFile === null || Array.isArray(factFile))
    throw new FactFileError([{ file: SENT_FILE, path: '', reason: 'a fact file must be a JSON object' }]);
  const article = (factFile as { article?: unknown }).article;
  if (typeof article === 'object' && article !== null && 'textFile' in article)
    throw new FactFileError([
      {
        file: SENT_FILE,
        path: 'article.textFile',
        reason: 'the API takes the article text inline only: put it in article.text',
      },
    ]);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-ingest-'));
  try {
    const file = path.join(dir, 'sent.facts.json');
    await writeFile(file, JSON.stringify(factFile), { mode: 0o600 });
    const { articles, problems } = await readFactFiles([file]);
    const named = problems.map((p) => ({ ...p, file: SENT_FILE }));
    if (named.length > 0) throw new FactFileError(named);
    const renamed = articles.map((a) => ({ ...a, file: SENT_FILE }));
    const summary = await loadArticles(db, renamed);
    return { ...summary, articleId: renamed[0]!.article.id };
  } catch (err) {
    if (err instanceof FactFileError)
      throw new FactFileError(err.problems.map((p) => ({ ...p, file: SENT_FILE })));
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
