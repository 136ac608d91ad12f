/**
 * Bad input of every kind: one FactFileError listing every problem with file, path and reason,
 * and the graph exactly as it was (counts before == after).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPath } from '../../src/ingest/loadPath.js';
import { FactFileError, type Problem } from '../../src/ingest/Problem.js';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase } from '../support/testDatabase.js';
import { factFingerprint, seedFacts, tempDir, writeFactFile, type Json } from './factFixtures.js';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  dir = await tempDir();
});
afterAll(() => db?.close());

/** Loads `files`, expects a FactFileError and an unchanged graph; returns the problems. */
async function problemsOf(...files: string[]): Promise<Problem[]> {
  const counts = await graphCounts(db);
  const facts = await factFingerprint(db);
  const error = await loadPath(db, files).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FactFileError);
  expect(await graphCounts(db)).toEqual(counts);
  expect(await factFingerprint(db)).toEqual(facts);
  return [...(error as FactFileError).problems];
}

/** The seed, edited by `edit`, as a new article (so only the edit can be wrong). */
async function editedSeed(name: string, edit: (d: Json) => void): Promise<string> {
  const data = seedFacts();
  data.article.id = name;
  edit(data);
  return writeFactFile(dir, `${name}.facts.json`, data);
}

const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('bad input', () => {
  it('reports malformed JSON with its line', async () => {
    const file = await writeFactFile(
      dir,
      'broken.facts.json',
      '{\n  "format": "newsgraph/facts@1",\n  "article": {\n}',
    );
    const p = only(await problemsOf(file));
    expect(p).toMatchObject({ file, path: '' }); // outside the working directory: absolute
    expect(p.reason).toMatch(/^malformed JSON: .*line \d+/);
  });

  it('reports malformed YAML with its line', async () => {
    const file = await writeFactFile(
      dir,
      'broken.facts.yaml',
      'format: newsgraph/facts@1\narticle:\n  id: [x\n  title: y\n',
    );
    const problems = await problemsOf(file);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.reason).toMatch(/^malformed YAML: .* at line \d+, column \d+$/);
  });

  it('reports an unknown relation type', async () => {
    const file = await editedSeed('unknown-type', (d) => (d.facts[3].type = 'ADMIRES'));
    expect(only(await problemsOf(file))).toMatchObject({
      path: 'facts[3].type',
      reason: expect.stringMatching(/^unknown relation type "ADMIRES"; expected one of ACCUSES, /),
    });
  });

  it('reports a fact naming an entity that is not defined', async () => {
    const file = await editedSeed('undefined-entity', (d) => {
      d.facts[5].object = 'nobody';
      d.facts[8].statedBy = 'no-speaker';
      d.entities[8].roles[0].of = 'no-organisation';
    });
    const problems = await problemsOf(file);
    for (const [at, id] of [
      ['entities[8].roles[0].of', 'no-organisation'],
      ['facts[5].object', 'nobody'],
      ['facts[8].statedBy', 'no-speaker'],
    ])
      expect(problems).toContainEqual({
        file,
        path: at,
        reason: `"${id}" is not an entity defined in this file`,
      });
    // facts[5] keeps the seed's id with another object: the graph's version is named too.
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'facts[5]',
        reason: expect.stringMatching(/deepseek USES nobody here but/),
      }),
    );
  });

  it('reports a quote that is not in the article', async () => {
    const file = await editedSeed('bad-quote', (d) => {
      d.facts[2].quote = 'OpenAI hat nichts gesagt.';
      d.facts[9].quote = d.facts[9].quote.replace('–', '-'); // typography only
    });
    expect(await problemsOf(file)).toEqual([
      expect.objectContaining({
        path: 'facts[2].quote',
        reason: 'quote is not an exact substring of the article text',
      }),
      expect.objectContaining({
        path: 'facts[9].quote',
        reason: expect.stringMatching(/differs only in quotation marks, dashes/),
      }),
    ]);
  });

  it('reports duplicate entity and fact ids', async () => {
    const file = await editedSeed('duplicates', (d) => {
      d.entities[1].id = d.entities[0].id;
      d.facts[4].id = d.facts[0].id;
    });
    const problems = await problemsOf(file);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'entities[1].id',
        reason: 'duplicate entity id "openai" (also entities[0])',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'facts[4].id',
        reason: 'duplicate fact id "openai-accuses-chinese-ai-companies" (also facts[0])',
      }),
    );
  });

  it('reports a denial naming an unknown fact, and denies on the wrong facts', async () => {
    const file = await editedSeed('bad-denial', (d) => {
      d.facts[10].denies.push('no-such-fact');
      d.facts[0].denies = ['openai-develops-chatgpt'];
    });
    expect(await problemsOf(file)).toEqual([
      expect.objectContaining({
        path: 'facts[0].denies',
        reason: 'only DENIES facts name denied facts; this one is ACCUSES',
      }),
      expect.objectContaining({
        path: 'facts[10].denies[6]',
        reason: 'denies "no-such-fact", which is no fact in the files being loaded or in the graph',
      }),
    ]);
  });

  it('accepts a denial of a fact already in the graph', async () => {
    const denial = {
      format: 'newsgraph/facts@1',
      article: {
        id: 'denial-article',
        title: 'Dementi',
        language: 'de',
        text: 'Microsoft bestreitet alles.',
      },
      entities: [
        { id: 'microsoft', name: 'Microsoft', kind: 'Organization' },
        { id: 'deepseek', name: 'DeepSeek', kind: 'Organization' },
      ],
      facts: [
        {
          id: 'microsoft-denies-investigation',
          subject: 'microsoft',
          type: 'DENIES',
          object: 'deepseek',
          summary: 'Microsoft denies everything.',
          quote: 'Microsoft bestreitet alles.',
          modality: 'reported',
          confidence: 0.5,
          denies: ['microsoft-investigates-unauthorized-use-of-openai-data'],
        },
      ],
    };
    const file = await writeFactFile(dir, 'denial.facts.json', denial);
    denial.facts[0]!.denies = ['not-in-the-graph'];
    const bad = await writeFactFile(dir, 'denial-bad.facts.json', {
      ...denial,
      article: { ...denial.article, id: 'x' },
    });
    expect(only(await problemsOf(bad)).path).toBe('facts[0].denies[0]');
    await expect(loadPath(db, [file])).resolves.toMatchObject({ files: 1, facts: 1 });
  });

  it('reports unknown keys, missing fields and out-of-range values by path', async () => {
    const file = await editedSeed('schema-errors', (d) => {
      d.facts[0].sumary = d.facts[0].summary;
      delete d.facts[0].summary;
      d.facts[1].confidence = 1.5;
      d.entities[2].kind = 'Company';
      d.article.textFile = 'also.txt';
    });
    const problems = await problemsOf(file);
    expect(problems.map((p) => p.path).sort()).toEqual([
      'article',
      'entities[2].kind',
      'facts[0]',
      'facts[0].summary',
      'facts[1].confidence',
    ]);
    expect(problems.find((p) => p.path === 'facts[0]')?.reason).toBe('unknown key "sumary"');
    expect(problems.find((p) => p.path === 'facts[0].summary')?.reason).toBe('missing (required)');
    expect(problems[0]?.reason).toBe('give exactly one of "text" and "textFile"');
  });

  it('reports a fact id that another file or the graph defines with other ends', async () => {
    const other = await editedSeed('other-ends', (d) => {
      d.facts = d.facts.filter((f: Json) => f.id === 'us-navy-bans-deepseek-app');
      d.facts[0].object = 'deepseek';
    });
    expect(only(await problemsOf(other))).toMatchObject({
      path: 'facts[0]',
      reason: expect.stringMatching(
        /is us-navy BANS deepseek here but us-navy BANS deepseek-app in the graph/,
      ),
    });
    const retyped = await editedSeed('retyped', (d) => {
      d.facts = d.facts.filter((f: Json) => f.id === 'us-navy-bans-deepseek-app');
      d.facts[0].type = 'RESTRICTS';
    });
    expect(only(await problemsOf(retyped)).reason).toMatch(
      /us-navy RESTRICTS deepseek-app here but us-navy BANS/,
    );
  });

  it('lists every problem of every file, and writes none of the good files', async () => {
    const good = await editedSeed('good-article', () => {});
    const bad1 = await editedSeed('bad-one', (d) => (d.facts[0].type = 'ADMIRES'));
    const bad2 = await writeFactFile(dir, 'bad-two.facts.json', '[');
    const problems = await problemsOf(good, bad1, bad2, path.join(dir, 'missing.facts.json'));
    expect(problems.map((p) => path.basename(p.file))).toEqual([
      'missing.facts.json',
      'bad-one.facts.json',
      'bad-two.facts.json',
    ]);
    expect(await db.read(`MATCH (a:Article {id: 'good-article'}) RETURN a.id AS id`)).toEqual([]);
  });

  it('reports the same article id in two files', async () => {
    const a = await editedSeed('twice', () => {});
    const b = await writeFactFile(dir, 'twice-again.facts.json', {
      ...seedFacts(),
      article: { ...seedFacts().article, id: 'twice' },
    });
    expect(only(await problemsOf(a, b))).toMatchObject({
      path: 'article.id',
      reason: expect.stringMatching(/"twice" is also in /),
    });
  });
});

describe('YAML fact files', () => {
  it('load like JSON ones', async () => {
    const data = seedFacts();
    data.article.id = 'yaml-article';
    const file = await writeFactFile(dir, 'seed-copy.facts.yaml', data);
    await expect(loadPath(db, [file])).resolves.toMatchObject({ files: 1, entities: 21, facts: 32 });
    const [row] = await db.read(
      `MATCH ()-[r:BANS {id: 'us-navy-bans-deepseek-app'}]->() RETURN r.sourceArticleIds AS ids`,
    );
    expect(row?.ids).toEqual(['efa1921cf80bbea2', 'yaml-article']);
  });
});
