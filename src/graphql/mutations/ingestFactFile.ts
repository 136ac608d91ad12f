/**
 * One fact file sent over the API, checked and loaded by the very code `newsgraph load` runs: the
 * same validation of the same text (so the API accepts exactly what the CLI accepts, problem for
 * problem), then the same loader, in one transaction. The article text must be inline: a
 * `textFile` would make the server read a path a client chose.
 */
import type { Database } from '../../neo4j/Database.js';
import { loadArticles, type LoadSummary } from '../../ingest/loadPath.js';
import { FactFileError } from '../../ingest/Problem.js';
import { validateFactFileText } from '../../ingest/validateFactFile.js';

/** How problems name the fact file sent (there is no file name). */
const SENT_FILE = 'factFile';

export interface Ingested extends LoadSummary {
  articleId: string;
}

/** Throws a FactFileError listing every problem; nothing is written then. */
export async function ingestFactFile(db: Database, factFile: unknown): Promise<Ingested> {
  if (typeof factFile !== 'object' || factFile === null || Array.isArray(factFile))
    throw new FactFileError([{ file: SENT_FILE, path: '', reason: 'a fact file must be a JSON object' }]);
  const { article, problems } = await validateFactFileText(SENT_FILE, JSON.stringify(factFile));
  if (!article || problems.length > 0) throw new FactFileError(problems);
  const summary = await loadArticles(db, [article]);
  return { ...summary, articleId: article.article.id };
}
