/**
 * Graph Data Science answers depend only on the facts, not on Neo4j's internal node ids: the seed
 * graph is loaded from copies of its fact file with the entities in other orders (so Neo4j
 * numbers them in another order). Both Louvain queries — the API's `communities`
 * (Entity.community) and the analysts' `louvainCommunities` — must give one and the same
 * partition every time, and the rankings, components and similarities the same rows.
 */
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Row } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import { SEED_DIR } from '../support/seedGraph.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

/**
 * The seed's fact file with its entities and facts in the order `arrange` gives them, written to
 * a scratch folder: the same facts, but the loader creates the entities — and Neo4j numbers them —
 * in that order.
 */
async function seedFileIn(arrange: <T>(list: T[]) => T[]): Promise<string> {
  const name = (await readdir(SEED_DIR)).find((f) => f.endsWith('.facts.json'))!;
  const file = JSON.parse(await readFile(path.join(SEED_DIR, name), 'utf8')) as {
    article: { textFile: string };
    entities: unknown[];
    facts: unknown[];
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-gds-order-'));
  await copyFile(path.join(SEED_DIR, file.article.textFile), path.join(dir, file.article.textFile));
  const arranged = { ...file, entities: arrange(file.entities), facts: arrange(file.facts) };
  await writeFile(path.join(dir, name), JSON.stringify(arranged));
  return dir;
}

/** The API's partition, as the set of its communities' member lists. */
async function apiPartition(): Promise<string[][]> {
  const rows = await db.read(query('communities'), { graph: 'determinism-api' }, { timeoutMs: 60_000 });
  const members = new Map<string, string[]>();
  for (const r of rows)
    members.set(String(r.community), [...(members.get(String(r.community)) ?? []), String(r.id)]);
  return [...members.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The analysts' partition (member names mapped back to ids), in the same shape. */
async function analystPartition(): Promise<string[][]> {
  const idOf = new Map(
    (await db.read('MATCH (e:Entity) RETURN e.name AS name, e.id AS id')).map((r: Row) => [r.name, r.id]),
  );
  const rows = await db.read(
    query('louvainCommunities'),
    { graph: 'determinism-analyst' },
    { timeoutMs: 60_000 },
  );
  return rows
    .map((r) => (r.members as string[]).map((name) => String(idOf.get(name))).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Every other element first, then the rest reversed: an order unlike both the file's and its reverse. */
const interleaved = <T>(list: T[]): T[] => [
  ...list.filter((_, i) => i % 2 === 0),
  ...list.filter((_, i) => i % 2 === 1).reverse(),
];

const NETWORK = ['ACCUSES', 'DENIES'];

/** Every other GDS answer the API and the analyst library give, by name. */
async function otherAnswers(): Promise<Record<string, Row[]>> {
  const run = (name: string, params: Record<string, unknown>) =>
    db.read(query(name), params, { timeoutMs: 60_000 });
  const answers: Record<string, Row[]> = {};
  for (const measure of ['PAGERANK', 'BETWEENNESS', 'DEGREE']) {
    answers[`ranking ${measure}`] = await run('ranking', {
      graph: `determinism-${measure}`,
      types: NETWORK,
      measure,
      undirected: measure !== 'PAGERANK',
    });
  }
  answers.accusationPageRank = await run('accusationPageRank', { graph: 'd-pr', types: NETWORK, limit: 25 });
  answers.accusationBetweenness = await run('accusationBetweenness', {
    graph: 'd-bc',
    types: NETWORK,
    limit: 25,
  });
  answers.connectedComponents = await run('connectedComponents', { graph: 'd-wcc' });
  answers.similarAccused = await run('similarAccused', { graph: 'd-sim' });
  return answers;
}

describe('Graph Data Science answers do not depend on internal node ids', () => {
  const orders: [string, <T>(list: T[]) => T[]][] = [
    ['as in the file', (list) => list],
    ['reversed', (list) => [...list].reverse()],
    ['interleaved', interleaved],
  ];
  const seen: { order: string; api: string[][]; others: Record<string, Row[]> }[] = [];

  it.each(orders)('seed loaded with its entities %s: both Louvain queries agree', async (order, arrange) => {
    await resetGraph(db);
    await loadPath(db, [await seedFileIn(arrange)]);
    const api = await apiPartition();
    expect(await analystPartition()).toEqual(api);
    seen.push({ order, api, others: await otherAnswers() });
  });

  it('every order gives the same partition', () => {
    expect(seen.map((s) => s.order)).toEqual(orders.map(([order]) => order));
    for (const { order, api } of seen) expect({ order, api }).toEqual({ order, api: seen[0]!.api });
  });

  it('every order gives the same rankings, components and similarities', () => {
    expect(seen.map((s) => s.order)).toEqual(orders.map(([order]) => order));
    expect(Object.keys(seen[0]!.others)).toHaveLength(7);
    for (const { order, others } of seen)
      expect({ order, others }).toEqual({ order, others: seen[0]!.others });
  });
});
