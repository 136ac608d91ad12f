/**
 * `npx newsgraph load`: loads the seed and says what it loaded; on bad input prints the report
 * (file, path, reason per line, no stack trace) and exits 1 with the graph unchanged.
 */
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { cleanEnv, runEntry } from '../support/runMain.js';
import { graphCounts, openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { seedFacts, tempDir, writeFactFile } from './factFixtures.js';

let db: Database;
let dir: string;
const { uri, username, password } = inject('neo4j');
const env = () => cleanEnv({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password });

beforeAll(async () => {
  db = await openTestDatabase();
  await resetGraph(db);
  dir = await tempDir();
});
afterAll(() => db?.close());

describe('npx newsgraph load', () => {
  it('loads the seed folder and prints a summary', async () => {
    const r = await runEntry('cli', ['load', 'seed'], env(), 120_000);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Loaded 1 fact file into ' + uri + ': 21 entities, 32 facts.');
    expect(r.stdout).toContain('The graph now holds 21 entities, 32 relations and 1 article(s).');
    // 21 entities, the article and its 32 claims; 32 facts, 21 MENTIONS, 32 STATES.
    expect(await graphCounts(db)).toEqual({ nodes: 22 + 32, relationships: 53 + 32 });
  });

  it('prints every problem of a bad file, one per line, and exits 1', async () => {
    const data = seedFacts();
    data.article.id = 'bad-cli-article';
    data.facts[3].type = 'ADMIRES';
    data.facts[2].quote = 'Nicht im Artikel.';
    const file = await writeFactFile(dir, 'bad.facts.json', data);
    const before = await graphCounts(db);
    const r = await runEntry('cli', ['load', file], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('newsgraph: 2 problems in 1 fact file; nothing was loaded:\n');
    expect(r.stderr).toContain(
      `  ${file}: facts[2].quote: quote is not an exact substring of the article text\n`,
    );
    expect(r.stderr).toMatch(
      new RegExp(`  ${file}: facts\\[3\\]\\.type: unknown relation type "ADMIRES"; expected one of`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('reports problems only the graph reveals (a denial of an unknown fact) the same way', async () => {
    const data = seedFacts();
    data.article.id = 'bad-denial-cli';
    data.facts[10].denies = ['no-such-fact'];
    const file = await writeFactFile(dir, 'bad-denial.facts.json', data);
    const before = await graphCounts(db);
    const r = await runEntry('cli', ['load', file], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `  ${file}: facts[10].denies[0]: denies "no-such-fact", which is no fact in the files being loaded or in the graph\n`,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('refuses --initial against a server named by NEO4J_URI, and --initial with --batch-facts', async () => {
    const before = await graphCounts(db);
    const remote = await runEntry('cli', ['load', '--initial', 'seed'], env());
    expect(remote.code).toBe(1);
    expect(remote.stderr).toContain(
      `newsgraph: --initial writes the database files of the local Neo4j, and NEO4J_URI is set (${uri}).`,
    );
    const both = await runEntry('cli', ['load', '--initial', '--batch-facts', '5', 'seed'], env());
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--batch-facts sets the size of transactions, and --initial uses none');
    expect(`${remote.stderr}${both.stderr}`).not.toMatch(/\n\s+at /);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('names a path that does not exist', async () => {
    const r = await runEntry('cli', ['load', 'no/such/folder'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('  no/such/folder: (file): no such file or folder');
  });

  it('refuses a corpus too large for its Node heap before reading a file, saying how to give it more', async () => {
    // Three 40 MB files (sparse: only their size is looked at before reading) in a 256 MB heap.
    const big = path.join(dir, 'too-big');
    await mkdir(big);
    for (const name of ['a.facts.json', 'b.facts.json', 'c.facts.json']) {
      const handle = await open(path.join(big, name), 'w');
      await handle.truncate(40 * 2 ** 20);
      await handle.close();
    }
    const before = await graphCounts(db);
    const r = await runEntry('cli', ['load', big], { ...env(), NODE_OPTIONS: '--max-old-space-size=256' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^newsgraph: These fact files hold 120 MB\. `newsgraph load` keeps the whole corpus in memory while it checks it, which needs at least 344 MB of Node heap, and this process may use \d+ MB\. Nothing was read or loaded\. Give Node more heap \(NODE_OPTIONS=--max-old-space-size=1024 npx newsgraph load …; this machine has [\d.]+ GB\), or load the corpus in parts \(one `newsgraph load` per folder\)\.\n$/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });
});
