/**
 * Loads fact files (and folders of them) into the graph: validates EVERY file first — on its
 * own, then across the files and against the graph — and writes nothing if any has a problem
 * (one FactFileError lists them all). Then writes the articles in load order, many per
 * transaction (writeArticles.ts): a batch holds whole articles only, so a crash mid-run leaves
 * only complete articles. A batch that fails is written again article by article, so every
 * article before the failing one is kept and the error names that article.
 * A load of several batches derives the entities that were already in the graph once, after its
 * last batch (writeArticles' `deferEntities`): until then, readers see those entities' values
 * as they were before the load (their new mentions, claims and facts are there); the load's new
 * entities are derived in the batch that creates them.
 */
import pLimit from 'p-limit';
import type { Database } from '../neo4j/Database.js';
import { checkFileSet } from './checkFileSet.js';
import type { GraphFact } from './factsInGraph.js';
import { findFactFiles, type FoundFactFiles } from './findFactFiles.js';
import { articleBatches } from './articleBatches.js';
import { deriveEntities } from './deriveAll.js';
import { FactFileError, type Problem } from './Problem.js';
import { validateFactFile, type ValidArticle } from './validateFactFile.js';
import { writeArticles, type WriteOptions } from './writeArticles.js';

export interface LoadOptions {
  log?: (msg: string) => void;
  /** Called after each article is written. */
  progress?: (done: number, total: number, file: string) => void;
  /** Facts per transaction (whole articles; default BATCH_FACTS). 1 writes article by article. */
  batchFacts?: number;
}

/**
 * Facts per write transaction. One article (~20 facts) per transaction spends most of its time
 * on round trips and commits; larger batches upsert an entity many articles name once per batch.
 * Each fact also writes a claim node and each mention a definition, and a reload holds the
 * deleted and the new ones: 5,000 facts stay inside the local server's per-transaction memory
 * limit (NEWSGRAPH_NEO4J_TX_MEMORY, 300 MiB of a 512 MB heap), which reloading 10,000 exceeded.
 */
export const BATCH_FACTS = 5_000;

/** Fact files read at once. */
const OPEN_FILES = 64;

export interface LoadSummary {
  files: number;
  /** Distinct entities and facts across the files loaded. */
  entities: number;
  facts: number;
  /** Facts and entities of earlier versions of these articles that no longer had a source. */
  deletedFacts: number;
  deletedEntities: number;
  /** Entity definitions that differ from the one that stands: reported, not applied. */
  conflicts: string[];
}

/**
 * Reads and checks every file named by `paths` (or already found by findFactFiles), each on its
 * own (no database needed, so the CLI rejects bad files before it starts a Neo4j).
 */
export async function readFactFiles(
  paths: readonly string[] | FoundFactFiles,
): Promise<{ articles: ValidArticle[]; problems: Problem[] }> {
  const found = isFound(paths) ? paths : await findFactFiles(paths);
  // A bounded number of files open at once: a corpus of 50,000 files would otherwise exhaust the
  // process's file descriptors (EMFILE) and report readable files as unreadable.
  const limit = pLimit(OPEN_FILES);
  const validations = await Promise.all(
    found.files.map((f) => limit(() => validateFactFile(f.file, f.absPath))),
  );
  return {
    articles: validations.flatMap((v) => (v.article ? [v.article] : [])),
    problems: [...found.problems, ...validations.flatMap((v) => v.problems)],
  };
}

const isFound = (p: readonly string[] | FoundFactFiles): p is FoundFactFiles => !Array.isArray(p);

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
 * Checks `articles` across each other and against the graph, then writes them in batches; with
 * any problem (these, or `known` ones found earlier) nothing is written.
 */
export async function loadArticles(
  db: Database,
  articles: readonly ValidArticle[],
  o: LoadOptions = {},
  known: readonly Problem[] = [],
): Promise<LoadSummary> {
  const check = await checkFileSet(db, articles);
  const problems = [...known, ...check.problems];
  if (problems.length > 0) throw new FactFileError(problems);
  o.log?.(`Validated ${articles.length} fact file${articles.length === 1 ? '' : 's'}`);
  const summary: LoadSummary = {
    files: articles.length,
    entities: 0,
    facts: 0,
    deletedFacts: 0,
    deletedEntities: 0,
    conflicts: check.conflicts,
  };
  let done = 0;
  // What the load knows of the graph's facts: the pre-check's, then every fact it writes.
  const facts = new Map(check.inGraph);
  const batches = [...articleBatches(articles, o.batchFacts ?? BATCH_FACTS)];
  const deferEntities = batches.length > 1;
  const deferred = new Set<string>();
  try {
    for (const batch of batches) {
      const fresh = batch.every((a) => !check.articlesInGraph.has(a.article.id));
      const written = await writeBatch(
        db,
        batch,
        { inGraph: check.inGraph, known: fresh ? facts : undefined, deferEntities },
        o.log,
      );
      for (const id of written.deferredEntities) deferred.add(id);
      if (!fresh) forgetSourcedBy(facts, batch);
      for (const f of written.facts) facts.set(f.id, f);
      summary.deletedFacts += written.deletedFacts;
      summary.deletedEntities += written.deletedEntities;
      for (const a of batch) {
        o.log?.(
          `Loaded ${a.file}: article ${a.article.id}, ${a.entities.length} entities, ${a.facts.length} facts`,
        );
        o.progress?.(++done, articles.length, a.file);
      }
    }
  } catch (err) {
    // The batches written before the failure stay: their entities get their values all the same.
    await deriveEntities(db, [...deferred]).catch(() => undefined);
    throw err;
  }
  await deriveEntities(db, [...deferred]);
  summary.entities = new Set(articles.flatMap((a) => a.entities.map((e) => e.id))).size;
  summary.facts = new Set(articles.flatMap((a) => a.facts.map((f) => f.id))).size;
  return summary;
}

/** One transaction for the batch; if it fails, one per article, up to the failing one. */
async function writeBatch(
  db: Database,
  batch: readonly ValidArticle[],
  o: WriteOptions,
  log?: (msg: string) => void,
) {
  try {
    const w = await writeArticles(db, batch, o);
    return { ...w, facts: w.written };
  } catch (err) {
    if (batch.length === 1) throw err;
    log?.(
      `A batch of ${batch.length} articles failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); writing them one by one`,
    );
    // Each article derives its own entities: a failure below would lose what a deferral recorded.
    const sum = { deletedFacts: 0, deletedEntities: 0, facts: [] as GraphFact[], deferredEntities: [] };
    for (const a of batch) {
      const r = await writeArticles(db, [a], { inGraph: o.inGraph });
      sum.deletedFacts += r.deletedFacts;
      sum.deletedEntities += r.deletedEntities;
      sum.facts.push(...r.written);
    }
    return sum;
  }
}

/**
 * Reloaded articles took their sources off facts, and may have deleted some: the load no longer
 * knows those facts (a later batch naming one looks it up, or finds it by the unique constraint).
 */
function forgetSourcedBy(known: Map<string, GraphFact>, batch: readonly ValidArticle[]): void {
  const ids = new Set(batch.map((a) => a.article.id));
  for (const [id, f] of known) if (f.sourceArticleIds.some((a) => ids.has(a))) known.delete(id);
}
