/**
 * Measurement 3: facts per second of newsgraph's loader (src/ingest/loadPath.ts, validation
 * included — the whole `newsgraph load`), of a naive one-transaction-per-fact loader, and of
 * LOAD CSV over the same data. Each starts from an empty graph; each ends with the graph's shape
 * counted, so the report can show that all three wrote the same graph.
 */
import type { Database } from '../../src/neo4j/Database.js';
import { loadArticles, readFactFiles } from '../../src/ingest/loadPath.js';
import type { CorpusManifest } from '../corpus/generate.js';
import { graphRecords } from '../load/graphRecords.js';
import { loadCsv, writeCsvs } from '../load/loadCsv.js';
import { naiveLoad } from '../load/naiveLoader.js';
import { countFacts, readCorpus } from '../load/readCorpus.js';
import { clearGraph } from './benchNeo4j.js';

export interface GraphShape {
  entities: number;
  articles: number;
  facts: number;
  mentions: number;
}

export interface LoaderResult {
  facts: number;
  seconds: number;
  factsPerSec: number;
  shape: GraphShape;
  /** Ours only: reading + validating the files vs checking against the graph and writing. */
  phases?: { validateSeconds: number; writeSeconds: number };
}

export async function graphShape(db: Database): Promise<GraphShape> {
  const [row] = await db.read(
    `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN entities, articles, mentions, rels - mentions AS facts`,
  );
  return {
    entities: Number(row?.entities),
    articles: Number(row?.articles),
    facts: Number(row?.facts),
    mentions: Number(row?.mentions),
  };
}

const result = async (db: Database, facts: number, ms: number, phases?: LoaderResult['phases']) => ({
  facts,
  seconds: ms / 1000,
  factsPerSec: facts / (ms / 1000),
  shape: await graphShape(db),
  ...(phases ? { phases } : {}),
});

/**
 * Every loader first runs once, untimed, on a few articles of the corpus (then the graph is
 * emptied): a cold server spends seconds planning each new statement and warming its JIT, a fixed
 * cost that would otherwise dominate the smaller sizes and favour whichever loader runs last.
 */
const WARM_UP_ARTICLES = 10;

/** Our loader on the whole corpus, into an empty graph (it stays loaded for the API bench). */
export async function benchOurLoader(db: Database, m: CorpusManifest): Promise<LoaderResult> {
  // Only the warm-up's articles stay referenced: the corpus read here must not sit in the heap
  // while the timed run reads it again (at 1M facts that doubled the validation time by GC).
  const warm = (await readFactFiles([m.articlesDir])).articles.slice(0, WARM_UP_ARTICLES);
  await clearGraph(db);
  await loadArticles(db, warm);
  await clearGraph(db);
  const t0 = performance.now();
  const { articles, problems } = await readFactFiles([m.articlesDir]);
  const t1 = performance.now();
  await loadArticles(db, articles, {}, problems);
  const t2 = performance.now();
  return result(db, m.facts, t2 - t0, { validateSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000 });
}

/** The naive loader on the first `sample` facts of the corpus (it is far too slow for all). */
export async function benchNaive(db: Database, m: CorpusManifest, sample: number): Promise<LoaderResult> {
  await clearGraph(db);
  await naiveLoad(db, await readCorpus(m.articlesDir, 2 * WARM_UP_ARTICLES));
  await clearGraph(db);
  const files = await readCorpus(m.articlesDir, sample);
  const t0 = performance.now();
  const n = await naiveLoad(db, files);
  return result(db, n, performance.now() - t0);
}

/** LOAD CSV of the whole corpus; writing the CSVs is preparation and not timed. */
export async function benchLoadCsv(
  db: Database,
  m: CorpusManifest,
  importDir: string,
): Promise<LoaderResult> {
  const files = await readCorpus(m.articlesDir);
  await clearGraph(db);
  await loadCsv(db, await writeCsvs(graphRecords(files.slice(0, WARM_UP_ARTICLES)), importDir));
  await clearGraph(db);
  const url = await writeCsvs(graphRecords(files), importDir);
  const ms = await loadCsv(db, url);
  return result(db, countFacts(files), ms);
}
