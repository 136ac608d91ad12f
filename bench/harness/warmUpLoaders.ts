/**
 * Warms the server for the timed loads of one corpus size. A Neo4j that has just started (the
 * bench's, or the one the previous size's initial import restarted) compiles its hot paths while
 * it works, and its compiler threads take the second of this machine's two cores: measured at 100k
 * facts, our load took 31 s on a cold server and 17–18 s on a warm one (23 s of the server's CPU
 * was the JIT compiler). A warm-up of ten articles plans each statement but leaves the JIT cold,
 * so whichever loader ran first paid for both. Here every loader of the comparison runs, untimed,
 * on the same first WARM_UP_FACTS facts of the corpus (the graph emptied after each; a smaller
 * corpus is loaded as often as it takes), before any timed load: both then run on a server warmed
 * by both.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../src/neo4j/Database.js';
import { graphRecords } from '../../src/ingest/bulk/graphRecords.js';
import { loadArticles, readFactFiles } from '../../src/ingest/loadPath.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';
import type { CorpusManifest } from '../corpus/generate.js';
import { loadCsv, writeCsvs } from '../load/loadCsv.js';
import { countFacts } from '../load/readCorpus.js';
import { clearGraph } from './benchNeo4j.js';

/** Two of our loader's transactions, five of LOAD CSV's. */
export const WARM_UP_FACTS = 50_000;

/** Articles reloaded after our warm-up load, so the reload path's statements are planned too. */
const RELOADED_ARTICLES = 10;

/** Whole articles from the start of the corpus (file order) until `facts` facts; reads no more files. */
async function corpusHead(articlesDir: string, facts: number): Promise<ValidArticle[]> {
  const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.facts.json')).sort();
  const out: ValidArticle[] = [];
  let count = 0;
  for (let i = 0; i < files.length && count < facts; i += 500) {
    const chunk = files.slice(i, i + 500).map((f) => path.join(articlesDir, f));
    for (const a of (await readFactFiles(chunk)).articles.sort((x, y) => (x.file < y.file ? -1 : 1))) {
      if (count >= facts) break;
      out.push(a);
      count += a.facts.length;
    }
  }
  return out;
}

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
  const head = await corpusHead(m.articlesDir, facts);
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
