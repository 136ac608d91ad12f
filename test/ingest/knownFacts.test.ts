/**
 * A batch of new articles is written from what the loader knows of the graph's facts, without
 * looking them up (writeArticles.ts). When the graph is not as the loader knew it — another
 * writer deleted a fact, or created one — nothing may be lost or doubled: the attempt is rolled
 * back and the batch written again with lookups. Both ways must leave the same graph.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphFact } from '../../src/ingest/factsInGraph.js';
import { readFactFiles } from '../../src/ingest/loadPath.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';
import { writeArticles } from '../../src/ingest/writeArticles.js';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { factFingerprint, seedFacts, tempDir, writeFactFile, type Json } from './factFixtures.js';

let db: Database;
let second: ValidArticle;

beforeAll(async () => {
  db = await openTestDatabase();
  // A second article that re-reports every seed fact: each gains a source, none is doubled.
  const data: Json = { ...seedFacts(), article: { ...seedFacts().article, id: 'second-report' } };
  const read = await readFactFiles([await writeFactFile(await tempDir(), 'second.facts.json', data)]);
  expect(read.problems).toEqual([]);
  second = read.articles[0]!;
});
afterAll(() => db?.close());
beforeEach(async () => {
  await resetGraph(db);
  await loadSeedGraph(db);
});

/** The seed's facts as the loader would know them, from the graph. */
async function seedFactsKnown(): Promise<Map<string, GraphFact>> {
  const rows = await db.read(
    `MATCH (s)-[r]->(o) WHERE r.id IS NOT NULL
     RETURN r.id AS id, type(r) AS type, s.id AS subject, o.id AS object,
            r.sourceArticleIds AS sourceArticleIds, elementId(r) AS elementId`,
  );
  return new Map(rows.map((r) => [String(r.id), r as unknown as GraphFact]));
}

/** The names of the library queries `work` runs. */
async function queriesOf(work: () => Promise<unknown>): Promise<string[]> {
  const names: string[] = [];
  const off = db.onQuery((q) => names.push(/\/\/ (\w+)/.exec(q)?.[1] ?? q));
  try {
    await work();
  } finally {
    off();
  }
  return names;
}

async function expected(): Promise<{ facts: string[]; counts: object }> {
  await writeArticles(db, [second], { inGraph: await seedFactsKnown() });
  const result = { facts: await factFingerprint(db), counts: await graphCounts(db) };
  await resetGraph(db);
  await loadSeedGraph(db);
  return result;
}

describe('writing new articles from what the loader knows', () => {
  it('adds claims by what it knows, without lookups or removal, when the graph is as known', async () => {
    const want = await expected();
    const known = await seedFactsKnown();
    const queries = await queriesOf(() => writeArticles(db, [second], { known }));
    expect(queries).toEqual([
      'ingestUpsertArticles',
      'ingestUpsertEntities',
      'ingestFactsByElementId',
      'ingestCreateClaims',
      'ingestDeriveFacts',
      'ingestDeriveEntities',
    ]);
    expect({ facts: await factFingerprint(db), counts: await graphCounts(db) }).toEqual(want);
  });

  it('writes the batch again with lookups when a known fact is gone (no source is lost)', async () => {
    const want = await expected();
    const known = await seedFactsKnown();
    const [first] = known.values();
    // Another writer deleted it, and it came back under another element id.
    known.set(first!.id, { ...first!, elementId: first!.elementId.replace(/\d+$/, '987654321') });
    const queries = await queriesOf(() => writeArticles(db, [second], { known }));
    expect(queries).toContain('ingestFactsById'); // written again, with lookups
    expect({ facts: await factFingerprint(db), counts: await graphCounts(db) }).toEqual(want);
  });

  it('writes the batch again with lookups when a fact it did not know is there (no fact is doubled)', async () => {
    const want = await expected();
    const queries = await queriesOf(() => writeArticles(db, [second], { known: new Map() }));
    expect(queries).toContain('ingestFactsById'); // written again, with lookups
    expect({ facts: await factFingerprint(db), counts: await graphCounts(db) }).toEqual(want);
  });
});
