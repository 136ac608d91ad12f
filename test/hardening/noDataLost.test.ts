/**
 * No data lost. An acknowledged ingest survives a crash right after the acknowledgement — the
 * service AND Neo4j killed with SIGKILL — because the answer comes only after Neo4j committed.
 * A loader killed mid-run leaves only complete articles: each is written in one transaction.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { cleanEnv } from '../support/runMain.js';
import { postGraphQL } from './graphqlClient.js';
import { OwnNeo4j } from './ownNeo4j.js';
import { Service } from './service.js';
import { articleId, syntheticFactFile } from './syntheticFactFile.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'k3y-for-the-durability-tests-0123456789';
let neo: OwnNeo4j;

beforeAll(async () => {
  neo = await OwnNeo4j.create('durability');
  const db = new Database(await neo.start());
  await applySchema(db);
  await db.close();
});
afterAll(() => neo?.remove());

/** Per article in the graph: facts it sources and entities it mentions. */
async function articlesInGraph(db: Database): Promise<Map<string, { facts: number; mentions: number }>> {
  const rows = await db.read(
    `MATCH (a:Article)
     RETURN a.id AS id,
            COUNT { MATCH ()-[r]->() WHERE a.id IN r.sourceArticleIds } AS facts,
            COUNT { (a)-[:MENTIONS]->() } AS mentions`,
  );
  return new Map(rows.map((r) => [String(r.id), { facts: Number(r.facts), mentions: Number(r.mentions) }]));
}

describe('an acknowledged ingest survives SIGKILL of the service and of Neo4j right after', () => {
  it('is complete after Neo4j recovers', async () => {
    const service = await Service.start({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: '', NEWSGRAPH_API_KEY: KEY });
    await service.until(async () => (await service.status('/ready')) === 200, 60_000, 'become ready');
    const f = syntheticFactFile(100, 30);
    const r = await postGraphQL(
      fetch,
      `${service.base}/graphql`,
      'mutation ($f: JSON!) { ingestArticle(factFile: $f) { articleId facts } }',
      { f },
      { authorization: `Bearer ${KEY}` },
    );
    service.kill('SIGKILL');
    await neo.kill();
    expect(r.body).toEqual({ data: { ingestArticle: { articleId: articleId(100), facts: 30 } } });
    await service.exited;

    const db = new Database(await neo.start());
    try {
      expect((await articlesInGraph(db)).get(articleId(100))).toEqual({
        facts: 30,
        mentions: f.entities.length,
      });
    } finally {
      await db.close();
    }
  }, 300_000);
});

describe('a loader killed mid-run', () => {
  it('leaves every article it wrote complete, and no fact of an article it did not', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ng-kill-loader-'));
    const total = 400;
    const expected = new Map<string, { facts: number; mentions: number }>();
    for (let i = 1000; i < 1000 + total; i++) {
      const f = syntheticFactFile(i, 15);
      expected.set(f.article.id, { facts: f.facts.length, mentions: f.entities.length });
      await writeFile(path.join(dir, `${i}.facts.json`), JSON.stringify(f));
    }
    const db = new Database(await neo.start());
    try {
      // Small batches (the default holds all 6,000 facts in one transaction): the kill must land
      // between two of them, and may land in the middle of one.
      const loader = spawn(process.execPath, ['src/bin.mjs', 'load', '--batch-facts', '100', dir], {
        cwd: ROOT,
        env: cleanEnv({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: '' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      loader.stdout.on('data', (d: Buffer) => (output += d.toString()));
      loader.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise((resolve) => loader.once('exit', resolve));
      const loadedSoFar = async () =>
        [...(await articlesInGraph(db)).keys()].filter((id) => expected.has(id)).length;
      for (let n = 0; n < 5; n = await loadedSoFar()) {
        if (loader.exitCode !== null) throw new Error(`the loader ended before it was killed:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      loader.kill('SIGKILL');
      await exited;

      const inGraph = [...(await articlesInGraph(db))].filter(([id]) => expected.has(id));
      process.stdout.write(`loader killed after ${inGraph.length} of ${total} articles\n`);
      expect(inGraph.length).toBeGreaterThanOrEqual(5);
      expect(inGraph.length).toBeLessThan(total);
      for (const [id, counts] of inGraph) expect({ id, ...counts }).toEqual({ id, ...expected.get(id) });
      const [orphans] = await db.read(
        `MATCH ()-[r]->() UNWIND r.sourceArticleIds AS source
         WITH DISTINCT source WHERE NOT EXISTS { MATCH (:Article {id: source}) }
         RETURN count(source) AS n`,
      );
      expect(orphans).toEqual({ n: 0 });
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
