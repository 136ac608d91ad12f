/** `newsgraph export` as a child process against the test run's Neo4j: files, stdout, and errors. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { cleanEnv, runEntry } from '../support/runMain.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { PARSERS } from './parseExport.js';

let db: Database;
let dir: string;

const neo4jEnv = () => {
  const n = inject('neo4j');
  return cleanEnv({
    NEO4J_URI: n.uri,
    NEO4J_USERNAME: n.username,
    NEO4J_PASSWORD: n.password,
    NEO4J_DATABASE: n.database,
  });
};
const cli = (...args: string[]) => runEntry('cli', ['export', ...args], neo4jEnv());

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-'));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('newsgraph export', () => {
  it('writes a neighbourhood to a file (-o) and says what it wrote', async () => {
    const file = path.join(dir, 'openai.graphml');
    const r = await cli(
      '--format',
      'graphml',
      '--center',
      'openai',
      '--hops',
      '1',
      '--types',
      'ACCUSES,DENIES',
      '-o',
      file,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote 3 entities and 3 relations to ${file}.`);
    const parsed = PARSERS.graphml(await readFile(file, 'utf8'));
    expect([...parsed.nodes.keys()].sort()).toEqual(['chinese-ai-companies', 'deepseek', 'openai']);
    expect(await readdir(dir)).toEqual(['openai.graphml']); // no temporary file left behind
  });

  it('writes the whole graph to standard output', async () => {
    const r = await cli('--format', 'cyjs');
    expect(r.code, r.stderr).toBe(0);
    const parsed = PARSERS.cyjs(r.stdout);
    expect(parsed.nodes.size).toBe(21);
    expect(parsed.edges.size).toBe(32);
  });

  it.each([
    [['--format', 'svg'], 2, /argument 'svg' is invalid\. Allowed choices are graphml, gexf, cyjs, dot/],
    [
      ['--format', 'dot', '--center', 'openai', '--hops', '9'],
      1,
      /hops must be a whole number from 1 to 3; got "9"/,
    ],
    [['--format', 'dot', '--types', 'LIKES'], 1, /Unknown relation type in types: LIKES/],
    [['--format', 'dot', '--center', 'nobody'], 1, /No entity with id "nobody" \(center\)/],
    [
      ['--format', 'dot', '-o', '/nonexistent-folder/x.dot'],
      1,
      /the folder \/nonexistent-folder does not exist/,
    ],
  ])('%j → exit %i with a clear message', async (args, code, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});
