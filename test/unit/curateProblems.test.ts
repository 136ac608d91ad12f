/**
 * Errors that help: each problem of a fact file names the fact by its id, the line and column
 * in the file (JSON and YAML), and hints — the closest passage of the article for a quote that
 * is not verbatim, "did you mean" for an unknown entity id, the accepted forms of a date — and a
 * suggested fact is refused with how to accept it. No database: validateFactFile only.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblems, type Problem } from '../../src/ingest/Problem.js';
import { validateFactFile } from '../../src/ingest/validateFactFile.js';

const SEED = path.resolve('seed');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const seed = (): Json => {
  const d = JSON.parse(readFileSync(path.join(SEED, '000_efa1921cf80bbea2.facts.json'), 'utf8')) as Json;
  d.article.text = readFileSync(path.join(SEED, '000_efa1921cf80bbea2.txt'), 'utf8');
  delete d.article.textFile;
  delete d.$schema;
  return d;
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-curate-'));
});

async function problems(name: string, data: Json, text?: string): Promise<Problem[]> {
  const file = path.join(dir, name);
  await writeFile(file, text ?? (name.endsWith('.yaml') ? stringify(data) : JSON.stringify(data, null, 2)));
  return (await validateFactFile(file)).problems;
}
const at = (ps: Problem[], p: string) => {
  const found = ps.find((x) => x.path === p);
  expect(found, `a problem at ${p}`).toBeDefined();
  return found!;
};

describe('problems name the fact and its line and column', () => {
  it('in JSON', async () => {
    const d = seed();
    d.facts[6].object = 'deepsek';
    const ps = await problems('json.facts.json', d);
    const p = at(ps, 'facts[6].object');
    // JSON.stringify(…, 2): find the line of the seventh fact's "object" key by hand.
    const lines = JSON.stringify(d, null, 2).split('\n');
    const factLine = lines.findIndex((l) => l.includes(`"id": "${d.facts[6].id}"`));
    const objectLine = lines.findIndex((l, i) => i > factLine && l.includes('"object": "deepsek"'));
    expect(p.detail).toMatchObject({
      item: `fact "${d.facts[6].id}"`,
      line: objectLine + 1,
      column: lines[objectLine]!.indexOf('"object"') + 1,
    });
  });

  it('in YAML', async () => {
    const d = seed();
    d.facts[2].subject = 'open-ai';
    const text = stringify(d);
    const ps = await problems('yaml.facts.yaml', d, text);
    const lines = text.split('\n');
    const factLine = lines.findIndex((l) => l.includes(`id: ${d.facts[2].id}`));
    const subjectLine = lines.findIndex((l, i) => i > factLine && l.includes('subject: open-ai'));
    expect(at(ps, 'facts[2].subject').detail).toMatchObject({
      item: `fact "${d.facts[2].id}"`,
      line: subjectLine + 1,
      column: lines[subjectLine]!.indexOf('subject') + 1,
    });
  });

  it('and the report prints them under the problem, keeping its first line as before', async () => {
    const d = seed();
    d.facts[6].object = 'deepsek';
    const file = path.join(dir, 'report.facts.json');
    const ps = await problems('report.facts.json', d);
    const report = formatProblems(ps);
    expect(report).toContain(`  ${file}: facts[6].object: "deepsek" is not an entity defined in this file\n`);
    expect(report).toMatch(/\n {4}\(fact "microsoft-investigates-[a-z-]+", line \d+, column \d+\)\n/);
    expect(report).toContain('    did you mean "deepseek" (defined in this file)?');
  });
});

describe('hints', () => {
  it('a quote with an en dash typed as a hyphen: the passage and the first differing character', async () => {
    const d = seed();
    const original = d.facts[9].quote as string; // "Die US-Navy hat … verboten – Grund seien …"
    d.facts[9].quote = original.replace('–', '-');
    const p = at(await problems('dash.facts.json', d), 'facts[9].quote');
    const col = original.indexOf('–') + 1;
    expect(p.detail?.hints).toEqual([
      expect.stringMatching(
        /^closest passage \(line \d+ of the article text\): "Die US-Navy hat die Nutzung/,
      ),
      `they differ first at character ${col} of the quote: the quote has a hyphen-minus "-", the article an en dash "–"`,
    ]);
  });

  it('a quote with a line break typed as a space', async () => {
    const d = seed();
    const text = d.article.text as string;
    const start = text.indexOf('Chinas neuer Herausforderer');
    const quote = text.slice(start, text.indexOf('Die Vorwürfe richten', start) + 'Die Vorwürfe'.length);
    d.facts[0].quote = quote.replace('\n', ' ');
    const p = at(await problems('newline.facts.json', d), 'facts[0].quote');
    expect(p.detail?.hints?.[1]).toBe(
      `they differ first at character ${quote.indexOf('\n') + 1} of the quote: the quote has a space, the article a line break`,
    );
  });

  it('a quote with a word changed: the closest passage all the same', async () => {
    const d = seed();
    d.facts[10].quote = 'Peking wies die US-Vorwürfe eines möglichen Datendiebstahls zurück.';
    const p = at(await problems('word.facts.json', d), 'facts[10].quote');
    expect(p.detail?.hints).toEqual([
      expect.stringContaining('"Peking wies die US-Vorwürfe eines möglichen Daten'),
      'they differ first at character 50 of the quote: the quote has "d" (U+0064), the article "k" (U+006B)',
    ]);
  });

  it('a quote like nothing in the article says so', async () => {
    const d = seed();
    d.facts[2].quote = 'OpenAI hat nichts gesagt.';
    expect(at(await problems('nothing.facts.json', d), 'facts[2].quote').detail?.hints).toEqual([
      'no passage of the article resembles it',
    ]);
  });

  it('a bad date names the accepted forms', async () => {
    const d = seed();
    d.article.publishedAt = '29.01.2025';
    expect(at(await problems('date.facts.json', d), 'article.publishedAt').detail?.hints).toEqual([
      expect.stringMatching(
        /^accepted: a year "2025", a month "2025-01", a day "2025-01-29", a date-time with its UTC offset/,
      ),
    ]);
  });
});

describe('a suggested fact', () => {
  it('is refused, once, with how to accept it; without the marker it is fine', async () => {
    const d = seed();
    d.facts[3].suggested = 'trigger "Hinweise … dass" (ACCUSES)';
    const ps = await problems('suggested.facts.yaml', d);
    expect(ps).toEqual([
      expect.objectContaining({
        path: 'facts[3].suggested',
        reason: expect.stringMatching(
          /^a suggested fact, not yet accepted: .* delete the "suggested" line to accept it/,
        ),
      }),
    ]);
    delete d.facts[3].suggested;
    expect(await problems('accepted.facts.yaml', d)).toEqual([]);
  });

  it('on an entity is an unknown key as before', async () => {
    const d = seed();
    d.entities[0].suggested = true;
    expect(await problems('entity.facts.json', d)).toEqual([
      expect.objectContaining({ path: 'entities[0]', reason: 'unknown key "suggested"' }),
    ]);
  });
});
