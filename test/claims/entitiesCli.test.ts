/**
 * The CLI side of entities across articles: `newsgraph entities find` prints the ids to reuse,
 * and `newsgraph load` prints an entity definition that differs from the standing one.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { cleanEnv, runEntry } from '../support/runMain.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { corpusFile, SEED_FILE } from './corpus.js';

let db: Database;
const { uri, username, password } = inject('neo4j');
const env = () => cleanEnv({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password });

beforeAll(async () => {
  db = await openTestDatabase();
  await resetGraph(db);
});
afterAll(() => db?.close());

describe('npx newsgraph entities find / load', () => {
  it('load prints each differing definition as a note, and loads', async () => {
    const r = await runEntry('cli', ['load', SEED_FILE, corpusFile('01'), corpusFile('02')], env(), 120_000);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /\nNote: entity "berlin-data-protection-commissioner": name "Datenschutzbeauftragte Berlin" in \S+02_nd-garante-sperrt-deepseek\.facts\.json \(article nd-garante-sperrt-deepseek\) but "Berlin Commissioner for Data Protection and Freedom of Information" in \S+01_rt-deepseek-app-rechtswidrig\.facts\.json \(article rt-deepseek-app-rechtswidrig\); description "[^"]+" in \S+ \(article nd-garante-sperrt-deepseek\) but "[^"]+" in \S+ \(article rt-deepseek-app-rechtswidrig\) — the earliest-published article's definition stands\n/,
    );
  });

  it('finds entities by a German alias, with id, name, kind and aliases', async () => {
    const r = await runEntry(
      'cli',
      ['entities', 'find', 'Berliner Datenschutzbehörde', '--json'],
      env(),
      60_000,
    );
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Array<{
      id: string;
      name: string;
      kind: string;
      aliases: string[];
    }>;
    expect(found[0]).toEqual({
      id: 'berlin-data-protection-commissioner',
      name: 'Berlin Commissioner for Data Protection and Freedom of Information',
      kind: 'GovernmentBody',
      aliases: expect.arrayContaining(['Berliner Datenschutzbehörde']),
    });
    const plain = await runEntry('cli', ['entities', 'find', 'DeepSeek'], env(), 60_000);
    expect(plain.stdout).toMatch(/^deepseek\tDeepSeek \(Organization\)\taliases: DeepSeek, DeepSeeks/m);
    const none = await runEntry('cli', ['entities', 'find', 'Quuxbar'], env(), 60_000);
    expect(none.stdout).toBe('No entity matches "Quuxbar".\n');
  });
});
