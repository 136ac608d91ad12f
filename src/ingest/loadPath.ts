/**
 * Loads fact files (and folders of them) into the graph: validates EVERY file first — on its
 * own, then across the files and against the graph — and writes nothing if any has a problem
 * (one FactFileError lists them all). Then writes each article in its own transaction
 * (loadArticle.ts).
 */
import type { Database } from '../neo4j/Database.js';
import { checkFileSet } from './checkFileSet.js';
import { findFactFiles } from './findFactFiles.js';
import { loadArticle } from './loadArticle.js';
import { FactFileError, type Problem } from './Problem.js';
import { validateFactFile, type ValidArticle } from './validateFactFile.js';

export interface LoadOptions {
  log?: (msg: string) => void;
  /** Called after each article is written. */
  progress?: (done: number, total: number, file: string) => void;
}

export interface LoadSummary {
  files: number;
  /** Distinct entities and facts across the files loaded. */
  entities: number;
  facts: number;
  /** Facts and entities of earlier versions of these articles that no longer had a source. */
  deletedFacts: number;
  deletedEntities: number;
}

/**
 * Reads and checks every file named by `paths`, each on its own (no database needed, so the CLI
 * rejects bad files before it starts a Neo4j).
 */
export async function readFactFiles(
  paths: readonly string[],
): Promise<{ articles: ValidArticle[]; problems: Problem[] }> {
  const found = await findFactFiles(paths);
  const validations = await Promise.all(found.files.map((f) => validateFactFile(f.file, f.absPath)));
  return {
    articles: validations.flatMap((v) => (v.article ? [v.article] : [])),
    problems: [...found.problems, ...validations.flatMap((v) => v.problems)],
  };
}

/** Validates everything, then loads; throws a FactFileError listing every problem, writing nothing. */
export async function loadPath(
  db: Database,
  paths: readonly string[],
  o: LoadOptions = {},
): Promise<LoadSummary> {
  const { articles, problems } = await readFactFiles(paths);
  return loadArticles(db, articles, o, problems);
}

/**
 * Checks `articles` across each other and against the graph, then writes them one by one; with
 * any problem (these, or `known` ones found earlier) nothing is written.
 */
export async function loadArticles(
  db: Database,
  articles: readonly ValidArticle[],
  o: LoadOptions = {},
  known: readonly Problem[] = [],
): Promise<LoadSummary> {
  const problems = [...known, ...(await checkFileSet(db, articles))];
  if (problems.length > 0) throw new FactFileError(problems);
  o.log?.(`Validated ${articles.length} fact file${articles.length === 1 ? '' : 's'}`);
  const summary: LoadSummary = {
    files: articles.length,
    entities: 0,
    facts: 0,
    deletedFacts: 0,
    deletedEntities: 0,
  };
  for (const [i, a] of articles.entries()) {
    const r = await loadArticle(db, a);
    summary.deletedFacts += r.deletedFacts;
    summary.deletedEntities += r.deletedEntities;
    o.log?.(`Loaded ${a.file}: article ${r.articleId}, ${r.entities} entities, ${r.facts} facts`);
    o.progress?.(i + 1, articles.length, a.file);
  }
  summary.entities = new Set(articles.flatMap((a) => a.entities.map((e) => e.id))).size;
  summary.facts = new Set(articles.flatMap((a) => a.facts.map((f) => f.id))).size;
  return summary;
}
