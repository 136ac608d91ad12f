/**
 * The local server's per-transaction memory limit (NEWSGRAPH_NEO4J_TX_MEMORY →
 * db.memory.transaction.max): an analyst query that collects a huge list is refused alone, with
 * QUERY_TOO_MUCH_MEMORY and Neo4j's reason; the loader still writes the seed, and no batch of
 * BATCH_FACTS facts (new, or loaded again) is refused for memory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.js';
import { parseEnv } from '../../src/config/env.js';
import { isOutOfMemory } from '../../src/cypher/isOutOfMemory.js';
import { BATCH_FACTS, loadPath } from '../../src/ingest/loadPath.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { postGraphQL } from './graphqlClient.js';

let db: Database;
let app: App;
let corpus: string;

beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings({ cache: { ttlMs: 0, maxEntries: 1 } }));
  corpus = await mkdtemp(path.join(tmpdir(), 'newsgraph-txmemory-'));
});

afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
  await db?.close();
});

/**
 * Runs `work` and reports the loader's write transactions: how many, and the errors of those
 * that failed (a batch that fails is written again article by article, so a load that ends well
 * may still have had a batch refused).
 */
async function writeTransactions(
  work: () => Promise<unknown>,
): Promise<{ count: number; errors: unknown[] }> {
  const original = db.writeTransaction.bind(db);
  const seen = { count: 0, errors: [] as unknown[] };
  const spy = vi.spyOn(db, 'writeTransaction').mockImplementation((w, o) => {
    seen.count++;
    return original(w, o).catch((err: unknown) => {
      seen.errors.push(err);
      throw err;
    });
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

describe('the per-transaction memory limit', () => {
  it('is set on the local server as NEWSGRAPH_NEO4J_TX_MEMORY says', async () => {
    expect(inject('neo4j').way).toBe('local');
    const [row] = await db.read(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
    );
    const configured = parseEnv().NEWSGRAPH_NEO4J_TX_MEMORY!;
    const mib =
      Number(configured.slice(0, -1)) * { k: 1 / 1024, m: 1, g: 1024 }[configured.at(-1)!.toLowerCase()]!;
    expect(row).toEqual({ value: `${mib.toFixed(2)}MiB` });
  });

  it('refuses an analyst query that collects a huge list with QUERY_TOO_MUCH_MEMORY and Neo4j’s reason', async () => {
    const reply = await postGraphQL(
      (url, init) => app.fetch(url, init),
      'http://localhost/graphql',
      'query ($q: String!) { cypher(query: $q) { rows } }',
      { q: 'UNWIND range(1, 20000000) AS x RETURN size(collect(toString(x))) AS n' },
    );
    const error = reply.body.errors?.[0];
    expect(reply.body.data).toBeNull();
    expect(error?.extensions?.code).toBe('QUERY_TOO_MUCH_MEMORY');
    expect(error?.extensions?.reason).toMatch(
      /^The allocation of an extra .+ would use more than the limit .+\. Currently using .+\. db\.memory\.transaction\.max threshold reached$/,
    );
    expect(error?.message).toBe(
      `The query needed more memory than the database allows one query (${String(error?.extensions?.reason)}). ` +
        'Build smaller lists: aggregate (count, sum) instead of collecting, or add LIMIT.',
    );
    // The database is fine afterwards.
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  }, 60_000);

  it('lets the loader write the seed', async () => {
    const summary = await loadSeedGraph(db);
    expect(summary.facts).toBeGreaterThan(0);
  }, 120_000);

  it('lets the loader write its batches, new and loaded again, without a refusal for memory', async () => {
    const manifest = await generateCorpus(2 * BATCH_FACTS + 1_000, 11, corpus);
    await resetGraph(db);
    const dir = path.join(corpus, 'articles');
    let summary: Awaited<ReturnType<typeof loadPath>> | undefined;
    // Three batches: two full ones and the rest.
    const fresh = await writeTransactions(async () => (summary = await loadPath(db, [dir])));
    const again = await writeTransactions(() => loadPath(db, [dir]));
    const describe = (e: unknown) => `${(e as { code?: string }).code ?? ''} ${(e as Error).message}`;
    console.log(
      `${2 * BATCH_FACTS + 1_000} facts: new ${fresh.count} write transactions (failed: ${fresh.errors.map(describe).join('; ') || 'none'}); ` +
        `again ${again.count} (failed: ${again.errors.map(describe).join('; ') || 'none'})`,
    );
    expect(summary?.facts).toBe(manifest.distinctFacts);
    expect([...fresh.errors, ...again.errors].filter(isOutOfMemory)).toEqual([]);
  }, 900_000);
});
