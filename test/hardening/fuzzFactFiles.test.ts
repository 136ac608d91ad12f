/**
 * Fuzzing the write path (fast-check): random values and randomly mutated fact files sent to
 * Mutation.ingestArticle are either loaded completely or refused with BAD_USER_INPUT listing
 * each problem — never a 5xx, an unexpected error, or a partial write (graph counts compared).
 * fast-check prints the seed and the shrunk counterexample of a failure; replay with
 * FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase } from '../support/testDatabase.js';
import { postGraphQL } from './graphqlClient.js';
import { mutatedJson } from './jsonMutations.js';
import { syntheticFactFile } from './syntheticFactFile.js';
import { testSettings } from '../support/appSettings.js';

const KEY = 'k3y-for-the-fuzzing-tests-0123456789abcdef';
const INGEST = 'mutation ($f: JSON!) { ingestArticle(factFile: $f) { articleId facts entities } }';
const options = { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: fuzzSeed(), endOnFailure: true };

let db: Database;
let app: App;
let baseline: { nodes: number; relationships: number };

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  app = createApp(new Services({ db }), testSettings({ apiKey: KEY }));
  baseline = await graphCounts(db);
});
afterAll(() => db.close());

function fuzzSeed(): number | undefined {
  return process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
}

/** Sends `factFile`; checks the all-or-nothing outcome; leaves the graph as it found it. */
const tally = { loaded: 0, refused: 0 };

async function ingestAllOrNothing(factFile: unknown): Promise<void> {
  const r = await postGraphQL(
    app.fetch,
    'http://test/graphql',
    INGEST,
    { f: factFile },
    { authorization: `Bearer ${KEY}` },
  );
  expect(r.status).toBeLessThan(500);
  const loaded = r.body.data?.ingestArticle as
    { articleId: string; facts: number; entities: number } | undefined;
  if (!loaded) {
    const [error] = r.body.errors ?? [];
    expect(error?.extensions?.code, r.text).toBe('BAD_USER_INPUT');
    const problems = error?.extensions?.problems as Array<{ path: string; reason: string }> | undefined;
    if (problems) for (const p of problems) expect(p.reason.length).toBeGreaterThan(0);
    else expect(error?.message.length).toBeGreaterThan(0); // a JSON scalar the schema refused
    expect(await graphCounts(db)).toEqual(baseline);
    tally.refused++;
    return;
  }
  tally.loaded++;
  const [row] = await db.read(
    `MATCH (a:Article {id: $id})
     RETURN a.factCount AS factCount,
            COUNT { MATCH ()-[r]->() WHERE a.id IN r.sourceArticleIds } AS facts,
            COUNT { (a)-[:MENTIONS]->() } AS mentions`,
    { id: loaded.articleId },
  );
  expect(row).toEqual({ factCount: loaded.facts, facts: loaded.facts, mentions: loaded.entities });
  const removed = await postGraphQL(
    app.fetch,
    'http://test/graphql',
    'mutation ($id: ID!) { removeArticle(id: $id) }',
    { id: loaded.articleId },
    { authorization: `Bearer ${KEY}` },
  );
  expect(removed.body.data).toEqual({ removeArticle: true });
  expect(await graphCounts(db)).toEqual(baseline);
}

describe('fuzzing ingestArticle', () => {
  it('a valid synthetic fact file loads (the generator itself is sound)', async () => {
    await ingestAllOrNothing(syntheticFactFile(7, 5));
  });

  it('random JSON values: refused with a reason, nothing written', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), ingestAllOrNothing), options);
  }, 300_000);

  it('mutated fact files: loaded completely or refused with listed problems', async () => {
    const files = fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 8 }))
      .chain(([i, n]) => mutatedJson(syntheticFactFile(i, n)));
    tally.loaded = tally.refused = 0;
    await fc.assert(fc.asyncProperty(files, ingestAllOrNothing), options);
    process.stdout.write(`mutated fact files: ${tally.loaded} loaded, ${tally.refused} refused\n`);
    expect(tally.loaded).toBeGreaterThan(0); // the mutations leave some files valid: both outcomes are tried
  }, 600_000);
});
