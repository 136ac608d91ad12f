/**
 * Warms the server for the timed loads of one corpus size. A Neo4j that has just started (the
 * bench's, or the one the previous size's initial import restarted) compiles its hot paths while
 * it works, and its compiler threads take the second of this machine's two cores: measured at
 * 100k facts, our load took 29–37 s on a cold server and 17–24 s on a warm one (23–26 s of the
 * server's CPU was the JIT compiler). A warm-up of ten articles plans each statement but leaves
 * the JIT cold, so whichever loader ran first paid for both. Here every loader of the comparison
 * runs, untimed, on the same first WARM_UP_FACTS facts of the corpus (the graph emptied after
 * each; a smaller corpus is loaded as often as it takes), before any timed load: both then run on
 * a server warmed by both.
 */
import type { Database } from '../../src/neo4j/Database.js';
import { graphRecords } from '../../src/ingest/bulk/graphRecords.js';
import { loadArticles } from '../../src/ingest/loadPath.js';
import type { CorpusManifest } from '../corpus/generate.js';
import { loadCsv, writeCsvs } from '../load/loadCsv.js';
import { countFacts, readCorpus } from '../load/readCorpus.js';
import { clearGraph } from './benchNeo4j.js';

/** Two of our loader's transactions, five of LOAD CSV's. */
export const WARM_UP_FACTS = 50_000;

/** Articles reloaded after our warm-up load, so the reload path's statements are planned too. */
const RELOADED_ARTICLES = 10;

/**
 * Runs our loader (and a reload) and, given the server's import folder, LOAD CSV on the corpus's
 * first `facts` facts; leaves the graph empty. Returns the seconds it took.
 */
export async function warmUpLoaders(
  db: Database,
  m: CorpusManifest,
  importDir: string | null,
  facts = WARM_UP_FACTS,
): Promise<number> {
  const started = performance.now();
  const head = await readCorpus(m.articlesDir, facts);
  const url = importDir ? await writeCsvs(graphRecords(head), importDir, 'warm-up') : null;
  const rounds = Math.ceil(facts / Math.max(1, countFacts(head)));
  for (let i = 0; i < rounds; i++) {
    await clearGraph(db);
    await loadArticles(db, head);
    await loadArticles(db, head.slice(0, RELOADED_ARTICLES));
    await clearGraph(db);
    if (url) await loadCsv(db, url);
  }
  await clearGraph(db);
  return (performance.now() - started) / 1000;
}
