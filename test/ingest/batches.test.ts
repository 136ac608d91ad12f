/**
 * The loader writes many articles per transaction. That must leave exactly the graph that writing
 * them one per transaction leaves (shared entities, re-reported facts, denials, reloads), and a
 * batch that fails must fall back to article-by-article writes: the articles before the failing
 * one are kept, the failing one and the rest are not, and the error names the failing one.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusManifest } from '../../bench/corpus/generate.js';
import { loadArticles, readFactFiles } from '../../src/ingest/loadPath.js';
import { FactFileError } from '../../src/ingest/Problem.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphDump as dumpGraph } from '../support/graphDump.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { seedFacts, tempDir, writeFactFile, type Json } from './factFixtures.js';

let db: Database;
let corpus: CorpusManifest;
let articles: ValidArticle[];

beforeAll(async () => {
  db = await openTestDatabase();
  corpus = await generateCorpus(600, 7, path.join(await tempDir(), 'corpus'));
  ({ articles } = await readFactFiles([corpus.articlesDir]));
});
afterAll(() => db?.close());

const graphDump = () => dumpGraph(db);

describe('loading in batches', () => {
  it('writes the same graph as one article per transaction, at any batch size', async () => {
    const reReported = corpus.facts - corpus.distinctFacts;
    expect(reReported).toBeGreaterThan(0); // the corpus re-reports facts across articles
    expect(articles.length).toBeGreaterThan(20);

    await resetGraph(db);
    await loadArticles(db, articles, { batchFacts: 1 });
    const oneByOne = await graphDump();
    // Entities, articles, and a claim per fact each article states.
    expect(oneByOne.filter((x) => x.startsWith('[["node"'))).toHaveLength(
      corpus.entities + corpus.articles + corpus.facts,
    );

    for (const batchFacts of [50, 5_000]) {
      await resetGraph(db);
      await loadArticles(db, articles, { batchFacts });
      expect(await graphDump(), `batches of ${batchFacts} facts`).toEqual(oneByOne);
    }
    // Reloading the whole corpus in batches changes nothing.
    await loadArticles(db, articles);
    expect(await graphDump()).toEqual(oneByOne);
  });

  it('derives an entity already in the graph once per load, not again in every batch', async () => {
    await resetGraph(db);
    // How often each entity is derived: its values come from every article's mention of it, so
    // an entity many articles name, derived in every batch, made a long load quadratic.
    const derivedTimes = new Map<string, number>();
    const off = db.onQuery((q, p) => {
      if (!q.startsWith('// ingestDeriveEntities')) return;
      for (const id of (p as { ids: string[] }).ids) derivedTimes.set(id, (derivedTimes.get(id) ?? 0) + 1);
    });
    try {
      await loadArticles(db, articles, { batchFacts: 50 });
    } finally {
      off();
    }
    const batches = Math.ceil(corpus.facts / 50);
    expect(batches).toBeGreaterThan(5);
    // Each entity: once in the batch that creates it, and once after the last batch if a later
    // batch named it again.
    const most = Math.max(...derivedTimes.values());
    expect(most).toBe(2);
    expect(derivedTimes.size).toBe(corpus.entities);
  });

  it('falls back to one article per transaction when a batch fails, keeping those before', async () => {
    await loadSeedGraph(db);
    // A second article that holds a seed fact id with other ends. The seed is reloaded in the same
    // load without that fact, so the checks before writing allow it — but only once the seed's
    // batch has run; loaded before it, the clash article fails in its transaction.
    const seedFact = seedFacts().facts[0];
    const dir = await tempDir();
    const ok: Json = { ...seedFacts(), article: { ...seedFacts().article, id: 'batch-ok' } };
    ok.facts = ok.facts.map((f: { id: string }) => ({ ...f, id: `batch-ok-${f.id}` }));
    ok.facts = ok.facts.filter((f: { denies?: unknown }) => f.denies === undefined);
    const clash: Json = { ...seedFacts(), article: { ...seedFacts().article, id: 'batch-clash' } };
    clash.facts = [{ ...seedFact, subject: seedFact.object, object: seedFact.subject }];
    const seedWithout = seedFacts();
    seedWithout.facts = seedWithout.facts.filter(
      (f: { id: string; denies?: string[] }) =>
        f.id !== seedFact.id && !(f.denies ?? []).includes(seedFact.id),
    );
    const files = [
      await writeFactFile(dir, '1-ok.facts.json', ok),
      await writeFactFile(dir, '2-clash.facts.json', clash),
      await writeFactFile(dir, '3-seed.facts.json', seedWithout),
    ];
    const read = await readFactFiles(files);
    expect(read.problems).toEqual([]);
    const batchFacts = ok.facts.length + clash.facts.length; // ok + clash in one batch, seed next

    const error = await loadArticles(db, read.articles, { batchFacts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactFileError);
    expect((error as FactFileError).problems).toEqual([
      expect.objectContaining({ file: expect.stringContaining('2-clash.facts.json'), path: 'facts[0]' }),
    ]);
    const [kept] = await db.read(
      `MATCH (a:Article) RETURN collect(a.id) AS ids, COUNT { ()-[r]->() WHERE r.id = $clashId AND startNode(r).id = $subject } AS seedVersion`,
      { clashId: seedFact.id, subject: seedFact.subject },
    );
    expect([...(kept?.ids as string[])].sort()).toEqual(['batch-ok', 'efa1921cf80bbea2']);
    expect(kept?.seedVersion).toBe(1);
  });
});
