/**
 * The curation commands end to end, as a curator runs them: `check` offline (says so) and
 * against the graph (fact ids of other articles, entity ids the graph knows), `draft` from the
 * graph's entities (JSON and YAML; load refuses the suggestions until accepted), `coverage`.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Database } from '../../src/neo4j/Database.js';
import { cleanEnv, runEntry } from '../support/runMain.js';
import { loadSeedGraph, SEED_DIR } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase, resetGraph } from '../support/testDatabase.js';

let db: Database;
let dir: string;
const { uri, username, password } = inject('neo4j');
const SEED_TEXT = path.join(SEED_DIR, '000_efa1921cf80bbea2.txt');
const SEED_FILE = path.join(SEED_DIR, '000_efa1921cf80bbea2.facts.json');
/** A graph to check against. */
const online = () => cleanEnv({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password });
/** No NEO4J_URI and a home where no local server runs: nothing to check against, nothing started. */
const offline = () => cleanEnv({ NEWSGRAPH_HOME: path.join(dir, 'no-server') });

beforeAll(async () => {
  db = await openTestDatabase();
  await resetGraph(db);
  await loadSeedGraph(db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-curate-'));
});
afterAll(() => db?.close());

/** Loose enough to break on purpose. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The seed as a new article with its text inline, edited by `edit`. */
async function editedSeed(name: string, edit: (d: Json) => void): Promise<string> {
  const d: Json = JSON.parse(await readFile(SEED_FILE, 'utf8'));
  d.article.id = name;
  d.article.text = await readFile(SEED_TEXT, 'utf8');
  delete d.article.textFile;
  delete d.$schema;
  edit(d);
  const file = path.join(dir, `${name}.facts.json`);
  await writeFile(file, JSON.stringify(d, null, 2));
  return file;
}

describe('npx newsgraph check', () => {
  it('offline: file checks only, and says so; the seed is clean', async () => {
    const r = await runEntry('cli', ['check', 'seed'], offline());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'No graph to check against (NEO4J_URI is not set and no local Neo4j is running for ',
    );
    expect(r.stdout).toContain('file checks only');
    expect(r.stdout).toContain('1 fact file checked: no problems.');
  });

  it('offline: every problem with the fact id, line and column, and hints; exit 1', async () => {
    const file = await editedSeed('check-offline', (d) => {
      d.facts[9].quote = d.facts[9].quote.replace('–', '-');
      d.facts[6].object = 'deepsek';
      d.facts[10].denies = ['somewhere-else'];
    });
    const r = await runEntry('cli', ['check', file], offline());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('newsgraph: 2 problems in 1 fact file; nothing was written (check only):\n');
    expect(r.stderr).toMatch(
      new RegExp(
        `  ${file}: facts\\[6\\]\\.object: "deepsek" is not an entity defined in this file\\n` +
          ` {4}\\(fact "microsoft-investigates-unauthorized-use-of-openai-data", line \\d+, column 7\\)\\n` +
          ` {4}did you mean "deepseek" \\(defined in this file\\)\\?\\n`,
      ),
    );
    expect(r.stderr).toContain('they differ first at character');
    expect(r.stderr).toContain('the quote has a hyphen-minus "-", the article an en dash "–"');
    // A denied id outside the files may be in the graph: offline that is a note, not a problem.
    expect(r.stdout).toContain(
      'facts[10].denies[0]: "somewhere-else" is not in these files (not checked against a graph)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('against the graph: a fact id another article uses with other ends, and an entity the graph has', async () => {
    const before = await graphCounts(db);
    const file = await editedSeed('check-online', (d) => {
      d.facts[5].object = 'china'; // deepseek-uses-openai-models, now with another object
      d.entities = d.entities.filter((e: { id: string }) => e.id !== 'cctv');
      d.facts = d.facts.filter(
        (f: { subject: string; object: string }) => f.subject !== 'cctv' || f.object === 'deepseek',
      );
    });
    const r = await runEntry('cli', ['check', file], online());
    expect(r.stdout).toContain(`Checking against the graph at ${uri}.`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /facts\[5\]: fact "deepseek-uses-openai-models" is deepseek USES china here but deepseek USES openai-models in the graph \(from article efa1921cf80bbea2\)/,
    );
    expect(r.stderr).toContain('"cctv" is not an entity defined in this file');
    expect(r.stderr).toContain(
      '    the graph has "cctv" (CCTV, MediaOutlet): add it to this file\'s entities to use it',
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('against the graph: the seed itself is clean, with a note that loading it replaces the article', async () => {
    const r = await runEntry('cli', ['check', 'seed'], online());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'note: seed/000_efa1921cf80bbea2.facts.json: article "efa1921cf80bbea2" is in the graph: loading this file replaces it',
    );
    expect(r.stdout).toContain('1 fact file checked: no problems.');
  });
});

describe('npx newsgraph draft', () => {
  it('--json: the entities the text mentions, found in the graph, and suggestions with exact quotes', async () => {
    const r = await runEntry('cli', ['draft', SEED_TEXT, '--json'], online());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Known entities: 21 from the graph at ${uri}.`);
    const out = JSON.parse(r.stdout) as {
      entities: Array<{ id: string }>;
      suggestions: Array<Record<string, unknown>>;
    };
    // Every seed entity but the attackers, whose names ("unknown attackers") the text does not use.
    expect(out.entities.map((e) => e.id).sort()).toEqual([
      'cctv',
      'chatgpt',
      'china',
      'chinese-ai-companies',
      'chinese-government',
      'chinese-state-media',
      'david-sacks',
      'deepseek',
      'deepseek-app',
      'donald-trump',
      'karoline-leavitt',
      'knowledge-distillation',
      'microsoft',
      'national-security-council',
      'openai',
      'openai-models',
      'united-states',
      'us-government',
      'us-navy',
      'white-house',
    ]);
    const text = await readFile(SEED_TEXT, 'utf8');
    for (const s of out.suggestions) {
      expect(Object.keys(s)).toEqual([
        'subject',
        'type',
        'object',
        'quote',
        'position',
        'modality',
        'statedBy',
        'cue',
      ]);
      expect(text).toContain(s.quote as string);
    }
    expect(out.suggestions).toContainEqual(
      expect.objectContaining({
        subject: 'us-navy',
        type: 'BANS',
        object: 'deepseek-app',
        modality: 'confirmed',
      }),
    );
  });

  it('a YAML draft that load refuses until a suggestion is accepted; accepted, it checks clean', async () => {
    const draft = path.join(dir, 'draft.facts.yaml');
    const r = await runEntry(
      'cli',
      [
        'draft',
        SEED_TEXT,
        '--title',
        'Entwurf',
        '--published',
        '2025-01-29',
        '--id',
        'draft-article',
        '-o',
        draft,
      ],
      online(),
    );
    expect(r.code).toBe(0);
    const before = await graphCounts(db);
    const refused = await runEntry('cli', ['load', draft], online());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /facts\[0\]\.suggested: a suggested fact, not yet accepted: .*delete the "suggested" line/,
    );
    expect(await graphCounts(db)).toEqual(before);

    // Accept the ban, drop the rest.
    const doc = parseDocument(await readFile(draft, 'utf8'));
    const facts = doc.toJS().facts as Array<Record<string, unknown>>;
    const ban = facts.find((f) => f.type === 'BANS')!;
    delete ban.suggested;
    doc.set('facts', [ban]);
    await writeFile(draft, doc.toString());
    expect(doc.toJS().article).toMatchObject({
      id: 'draft-article',
      title: 'Entwurf',
      publishedAt: '2025-01-29',
      language: 'de',
    });
    const ok = await runEntry('cli', ['check', draft], online());
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('offline with --entities: entities from fact files', async () => {
    const r = await runEntry('cli', ['draft', SEED_TEXT, '--json', '--entities', 'seed'], offline());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Known entities: 21 from seed.');
    expect((JSON.parse(r.stdout) as { entities: unknown[] }).entities).toHaveLength(20);
  });
});

describe('npx newsgraph coverage', () => {
  it("lists the seed's sentences with their facts, and those no fact quotes", async () => {
    const r = await runEntry('cli', ['coverage', SEED_FILE], offline());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^1\. \(line 1\) Der US-amerikanische KI-Pionier OpenAI, .*\n {5}ACCUSES openai-accuses-chinese-ai-companies\n {5}DEVELOPS openai-develops-chatgpt\n/,
    );
    expect(r.stdout.slice(r.stdout.indexOf('\n\n'))).toBe(
      [
        '',
        '',
        '11 of 29 sentences are quoted by no fact:',
        '5. (line 3) DeepSeek: Chinas neuer Herausforderer für ChatGPT',
        '11. (line 9) US-Regierung prüft nationale Sicherheitsrisiken',
        '15. (line 12) Besonders sensibel ist die Lage auch für das US-Militär:',
        '17. (line 14) 🔹 In internen Memos wurden Bedenken über die Datensicherheit und die Speicherung sensibler Informationen auf chinesischen Servern geäußert.',
        '18. (line 15) DeepSeek unter Cyberangriffen – China kontert Vorwürfe',
        '23. (line 18) Experten betonen, dass die tatsächlichen Ursprünge von DeepSeeks Technologie noch unklar sind und erst weitere Analysen zeigen werden, ob es wirklich auf OpenAI-Technologie basiert.',
        '24. (line 19) Fazit: KI-Wettlauf zwischen den USA und China spitzt sich zu',
        '25. (line 20) Die rasante Entwicklung von DeepSeek hat den US-Technologiesektor erschüttert.',
        '27. (line 21) Doch die plötzliche Stärke von DeepSeek zeigt, dass China trotz Handelsbeschränkungen große Fortschritte macht.',
        '28. (line 21) Die kommenden Monate dürften entscheidend sein – sowohl in Bezug auf die technologische Konkurrenz als auch auf geopolitische Spannungen zwischen den USA und China.',
        '29. (line 22) Kommentar hinterlassen',
        '',
      ].join('\n'),
    );
  });
});
