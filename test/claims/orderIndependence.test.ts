/**
 * Order independence (fast-check): for any sequence of loads, reloads (of the file as it was, or
 * of an edited version) and removals over the corpus, the graph equals the one made by loading
 * the files that remain, in their last version, once — compared node by node and relationship by
 * relationship, property by property (only `loadedAt` and element ids left out).
 * The seed and corpus file 01 are the base, loaded first and never removed: every other corpus
 * file refers to entities they define, so any set of the others can be loaded on its own.
 */
import fc from 'fast-check';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/graphql/mutations/removeArticle.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import type { Database } from '../../src/neo4j/Database.js';
import { graphDump as dumpGraph } from '../support/graphDump.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { articleIdOf, CORPUS_DIR, corpusFile, readJson, SEED_FILE, type Json } from './corpus.js';

const BASE = [SEED_FILE, corpusFile('01')];
const POOL = ['02', '03', '04', '05', '06', '07'];

let db: Database;
/** For each pool file: [original, edited] paths. */
const versions = new Map<string, [string, string]>();

beforeAll(async () => {
  db = await openTestDatabase();
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-order-'));
  for (const n of POOL) {
    const original = corpusFile(n);
    const data = readJson(original);
    // The edited version: every summary changed, the last fact dropped, one confidence lowered.
    data.facts = data.facts.slice(0, -1).map((f: Json, i: number) => ({
      ...f,
      summary: `${f.summary} (edited)`,
      ...(i === 0 ? { confidence: 0.5 } : {}),
    }));
    await copyFile(path.join(CORPUS_DIR, data.article.textFile), path.join(dir, data.article.textFile));
    const edited = path.join(dir, path.basename(original));
    await writeFile(edited, JSON.stringify(data));
    versions.set(n, [original, edited]);
  }
});
afterAll(() => db?.close());

const graphDump = () => dumpGraph(db);

type Op = { kind: 'load'; file: string; edited: boolean } | { kind: 'remove'; file: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('load' as const), file: fc.constantFrom(...POOL), edited: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), file: fc.constantFrom(...POOL) }),
);

describe('the graph', () => {
  it('depends only on the files that remain, not on the order of loads, reloads and removals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        await resetGraph(db);
        await loadPath(db, BASE);
        const remaining = new Map<string, boolean>(); // file → edited?
        for (const o of ops) {
          if (o.kind === 'load') {
            await loadPath(db, [versions.get(o.file)![o.edited ? 1 : 0]]);
            remaining.set(o.file, o.edited);
          } else {
            await removeArticle(db, articleIdOf(o.file));
            remaining.delete(o.file);
          }
        }
        const afterSequence = await graphDump();
        await resetGraph(db);
        await loadPath(db, [
          ...BASE,
          ...[...remaining].map(([n, edited]) => versions.get(n)![edited ? 1 : 0]),
        ]);
        expect(afterSequence).toEqual(await graphDump());
      }),
      { numRuns: 12, seed: 20261202, endOnFailure: true },
    );
  }, 600_000);
});
