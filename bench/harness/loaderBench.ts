/**
 * Measurement 3: facts per second of newsgraph's loader (src/ingest/loadPath.ts, validation
 * included — the whole `newsgraph load`), of a naive one-transaction-per-fact loader, and of
 * LOAD CSV over the same data. Each starts from an empty graph; each ends with the graph's shape
 * counted, so the report can show that all three wrote the same graph.
 */
import path from 'node:path';
import type { Database } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { loadArticles, readFactFiles } from '../../src/ingest/loadPath.js';
import type { CorpusManifest } from '../corpus/generate.js';
import { graphRecords } from '../../src/ingest/bulk/graphRecords.js';
import { loadCsv, writeCsvs } from '../load/loadCsv.js';
import { naiveLoad } from '../load/naiveLoader.js';
import { countFacts, readCorpus } from '../load/readCorpus.js';
import { initialImport } from '../../src/ingest/bulk/initialImport.js';
import { FactFileError } from '../../src/ingest/Problem.js';
import { removeDatabaseFiles } from '../../src/neo4j/local/importDatabase.js';
import { stopLocalServer } from '../../src/neo4j/local/LocalServer.js';
import { clearGraph, type BenchNeo4j } from './benchNeo4j.js';

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
  /** The initial import only: seconds of its steps (initialImport.ts). */
  steps?: Record<string, number>;
  /**
   * Ours only: loading the corpus's first tenth again onto the loaded graph, as a re-run of
   * `newsgraph load` after a tenth of the files changed does (validated files; the graph stays
   * the same). Its facts are in the graph, sourced by these articles: the reload path.
   */
  reload?: { facts: number; seconds: number; factsPerSec: number };
}

/** The graph's counts after a loader ran (the initial import's own check, ingestGraphShape). */
export async function graphShape(db: Database): Promise<GraphShape> {
  const [row] = await db.read(query('ingestGraphShape'));
  return {
    entities: Number(row?.entities),
    articles: Number(row?.articles),
    facts: Number(row?.facts),
    mentions: Number(row?.mentions),
  };
}

const result = async (
  db: Database,
  facts: number,
  ms: number,
  phases?: LoaderResult['phases'],
  steps?: LoaderResult['steps'],
): Promise<LoaderResult> => ({
  facts,
  seconds: ms / 1000,
  factsPerSec: facts / (ms / 1000),
  shape: await graphShape(db),
  ...(phases ? { phases } : {}),
  ...(steps ? { steps } : {}),
});

/**
 * A naive loader's warm-up: it runs once, untimed, on a few articles (then the graph is emptied),
 * so its statement is planned. Our loader and LOAD CSV are warmed together before a size's timed
 * loads (warmUpLoaders.ts).
 */
const WARM_UP_ARTICLES = 10;

/** Our loader on the whole corpus, into an empty graph (it stays loaded for the API bench). */
export async function benchOurLoader(db: Database, m: CorpusManifest): Promise<LoaderResult> {
  await clearGraph(db);
  const t0 = performance.now();
  const { articles, problems } = await readFactFiles([m.articlesDir]);
  const t1 = performance.now();
  await loadArticles(db, articles, {}, problems);
  const t2 = performance.now();
  const loaded = await result(db, m.facts, t2 - t0, {
    validateSeconds: (t1 - t0) / 1000,
    writeSeconds: (t2 - t1) / 1000,
  });
  const tenth = articles.slice(0, Math.ceil(articles.length / 10));
  const facts = new Set(tenth.flatMap((a) => a.facts.map((f) => f.id))).size;
  const t3 = performance.now();
  await loadArticles(db, tenth);
  const seconds = (performance.now() - t3) / 1000;
  return { ...loaded, reload: { facts, seconds, factsPerSec: facts / seconds } };
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
  const url = await writeCsvs(graphRecords(files), importDir);
  const ms = await loadCsv(db, url);
  return result(db, countFacts(files), ms);
}

/**
 * `newsgraph load --initial` on the whole corpus, as the command runs it: validation, the checks,
 * CSV writing, neo4j-admin import, restart and schema are all timed. Emptying the graph and
 * stopping the bench server before are not. Returns the server it leaves running.
 */
export async function benchInitialImport(
  neo: BenchNeo4j,
  m: CorpusManifest,
  log: (msg: string) => void,
): Promise<{ result: LoaderResult; neo: BenchNeo4j }> {
  if (!neo.server) throw new Error('the initial import needs the local server');
  // Emptied the way a first load starts: a database that does not exist yet (a new home). Into
  // an existing, emptied database the command adds one server start and stop (about 20 s here).
  await neo.db.close();
  await stopLocalServer(neo.server.home);
  await removeDatabaseFiles(path.resolve(neo.server.home), 'neo4j');
  const t0 = performance.now();
  const { articles, problems } = await readFactFiles([m.articlesDir]);
  if (problems.length > 0) throw new FactFileError(problems);
  const t1 = performance.now();
  const r = await initialImport(articles, { server: neo.server, connectWaitMs: 180_000, log });
  const t2 = performance.now();
  return {
    result: await result(
      r.db,
      m.facts,
      t2 - t0,
      { validateSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000 },
      r.phases,
    ),
    neo: { ...neo, target: r.target, db: r.db },
  };
}
