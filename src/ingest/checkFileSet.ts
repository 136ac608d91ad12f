/**
 * Checks across the fact files of one load, and against the graph, before anything is written:
 *   - an article id appears in one file only;
 *   - a fact id has the same subject, type and object in every file, and in the graph — unless
 *     every article that sourced the graph's version is being reloaded now (an edited article);
 *   - every denied fact is defined in one of the files or is already in the graph;
 *   - entity references, Wikidata ids and differing definitions (checkEntities.ts).
 * Conflicts that only arise between the loads of two reloaded articles are caught again in
 * each write transaction (writeArticles.ts).
 */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { checkEntities } from './checkEntities.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';
import { describeFact, sameEnds, type FactEnds } from './factConflicts.js';
import { factsInGraph, type GraphFact } from './factsInGraph.js';
import type { Problem } from './Problem.js';
import type { ValidArticle } from './validateFactFile.js';

export interface FileSetCheck {
  problems: Problem[];
  /** The facts of the files (and denied facts) already in the graph before the load. */
  inGraph: Map<string, GraphFact>;
  /** The articles of the files already in the graph before the load (to be reloaded). */
  articlesInGraph: Set<string>;
  /** Entity definitions that differ from the one that stands (checkEntities.ts): reported, not applied. */
  conflicts: string[];
}

/** `db` null: the graph is known to be empty (a database never created), so only the files are checked. */
export async function checkFileSet(
  db: Database | null,
  articles: readonly ValidArticle[],
): Promise<FileSetCheck> {
  const problems: Problem[] = [];
  const articleFiles = new Map<string, string>();
  for (const a of articles) {
    const other = articleFiles.get(a.article.id);
    if (other)
      problems.push({
        file: a.file,
        path: 'article.id',
        reason: `article "${a.article.id}" is also in ${other}`,
      });
    else articleFiles.set(a.article.id, a.file);
  }

  const defined = new Map<string, FactEnds & { file: string; where: string }>();
  for (const a of articles)
    a.facts.forEach((f, i) => {
      const first = defined.get(f.id);
      if (!first) defined.set(f.id, { ...f, file: a.file, where: `${a.file} facts[${i}]` });
      // (a duplicate id within one file is checkFactFile's to report)
      else if (first.file !== a.file && !sameEnds(first, f))
        problems.push({
          file: a.file,
          path: `facts[${i}]`,
          reason: `fact "${f.id}" is ${describeFact(f)} here but ${describeFact(first)} in ${first.where}`,
        });
    });

  const denied = articles.flatMap((a) => a.externalDenies.map((d) => ({ ...d, file: a.file })));
  const lookup = [...defined.keys(), ...denied.map((d) => d.id).filter((id) => !defined.has(id))];
  const inGraph = db ? await factsInGraph(db, lookup) : new Map<string, GraphFact>();

  for (const a of articles)
    a.facts.forEach((f, i) => {
      const there = inGraph.get(f.id);
      if (!there || sameEnds(there, f)) return;
      if (there.sourceArticleIds.every((id) => articleFiles.has(id))) return; // being replaced
      problems.push({
        file: a.file,
        path: `facts[${i}]`,
        reason: `fact "${f.id}" is ${describeFact(f)} here but ${describeFact(there)} in the graph (from article ${there.sourceArticleIds.join(', ')})`,
      });
    });
  for (const d of denied)
    if (!defined.has(d.id) && !inGraph.has(d.id))
      problems.push({
        file: d.file,
        path: d.path,
        reason: `denies "${d.id}", which is no fact in the files being loaded or in the graph`,
      });
  const entities = await checkEntities(db, articles);
  problems.push(...entities.problems);
  const rows = db
    ? await db.read(
        query('ingestArticleIds'),
        { ids: [...articleFiles.keys()] },
        { timeoutMs: LOAD_TIMEOUT_MS },
      )
    : [];
  return {
    problems,
    inGraph,
    articlesInGraph: new Set(rows.map((r) => String(r.id))),
    conflicts: entities.conflicts,
  };
}
