/**
 * Per-source claims on the made-up corpus (test/fixtures/corpus/expected.md): a fact several
 * articles state keeps each article's own claim; the fact's values follow the one rule
 * (ingestDeriveFacts); a deprecated claim is kept but not counted, and a fact whose claims are all
 * deprecated is retracted, not deleted; removing one article leaves the others' claims
 * byte-equal; partial dates keep their precision; entity definitions that differ are reported and
 * the first stands; references by id and Wikidata ids are checked.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPath } from '../../src/ingest/loadPath.js';
import { FactFileError } from '../../src/ingest/Problem.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import { removeArticle } from '../../src/graphql/mutations/removeArticle.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { postGraphQL } from '../graphql/support/graphql.js';
import { writeFactFile, tempDir } from '../ingest/factFixtures.js';
import { articleIdOf, CORPUS_DIR, corpusFile, factIn, readJson, SEED_FILE, type Json } from './corpus.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

const load = (...ns: string[]) =>
  loadPath(
    db,
    ns.map((n) => (n === 'seed' ? SEED_FILE : corpusFile(n))),
  );
const api = () => createApp(new Services({ db }), testSettings());
const graphql = async (query: string) => (await postGraphQL(api(), db, query)).body as Json;

/** A claim as GraphQL shows it, built from what file `n` says of fact `id`. */
function claimAsFiled(n: string, id: string) {
  const f = factIn(n, id);
  const q = f.qualifiers ?? {};
  return {
    article: { id: articleIdOf(n) },
    quote: f.quote,
    summary: f.summary,
    modality: f.modality.toUpperCase(),
    confidence: f.confidence,
    statedBy: f.statedBy ? { id: f.statedBy } : null,
    qualifiers: {
      about: q.about ?? null,
      reason: q.reason ?? null,
      when: q.when ?? null,
      role: q.role ?? null,
      scope: q.scope ?? null,
    },
    deprecated: f.deprecated ? { reason: f.deprecated.reason } : null,
  };
}

const RELATION = `
  id summary modality confidence retracted statedBy { id }
  qualifiers { about reason when role scope }
  happened { text from to precision }
  sources { article { id } }
  claims {
    article { id } quote summary modality confidence statedBy { id }
    qualifiers { about reason when role scope } deprecated { reason }
  }`;
const relation = async (id: string) =>
  (await graphql(`{ relation(id: "${id}") { ${RELATION} } }`)).data.relation;

describe('a fact several articles state', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await load('seed', '01', '02', '03', '04', '05', '06', '07');
  });

  it('lists each claim as its article said it, by publication (a month by its start; unknown last)', async () => {
    const id = 'openai-accuses-deepseek-distillation';
    const r = await relation(id);
    // 03 is "2025-02" (from 1 February), 01 is 2025-02-03, the seed has no date.
    expect(r.claims).toEqual([claimAsFiled('03', id), claimAsFiled('01', id), claimAsFiled('seed', id)]);
    expect(r.sources.map((s: Json) => s.article.id)).toEqual(['03', '01', 'seed'].map(articleIdOf));
  });

  it('derives its own values by the rule: strongest modality, highest confidence, first claim’s summary', async () => {
    const id = 'openai-accuses-deepseek-distillation';
    const first = factIn('03', id);
    expect(await relation(id)).toMatchObject({
      summary: first.summary,
      modality: 'REPORTED', // 01 reports it; the seed and 03 call it alleged
      confidence: 0.9, // the seed's
      retracted: false,
      qualifiers: {
        about: first.qualifiers.about,
        // 03 gives no reason; 01 neither; the seed does
        reason: factIn('seed', id).qualifiers.reason,
        when: first.qualifiers.when,
        role: null,
        scope: null,
      },
      happened: {
        text: '2025-01/2025-02',
        from: '2025-01-01T00:00:00Z',
        to: '2025-03-01T00:00:00Z',
        precision: 'MONTH',
      },
    });
  });

  it('keeps a deprecated claim, but does not count it', async () => {
    const id = 'google-complies-with-berlin-commissioner';
    const r = await relation(id);
    expect(r.claims).toEqual([claimAsFiled('04', id), claimAsFiled('05', id), claimAsFiled('07', id)]);
    expect(r.claims[0].deprecated).toEqual({ reason: factIn('04', id).deprecated.reason });
    // Counted: 05 (reported, 0.85) and 07 (confirmed, 0.7); 04 (confirmed, 0.9) is not.
    expect(r).toMatchObject({
      summary: factIn('05', id).summary,
      modality: 'CONFIRMED',
      confidence: 0.85,
      retracted: false,
    });
  });

  it('answers the cross-article denial both ways', async () => {
    const res = await graphql(`
      {
        relation(id: "openai-accuses-deepseek-distillation") {
          deniedBy {
            id
            subject {
              id
            }
            claims {
              article {
                id
              }
            }
          }
        }
      }
    `);
    // The seed's Chinese government denial, and DeepSeek's in article 02 (sorted by fact id).
    expect(res.data.relation.deniedBy).toEqual([
      {
        id: 'chinese-government-denies-us-data-theft-accusations',
        subject: { id: 'chinese-government' },
        claims: [{ article: { id: articleIdOf('seed') } }],
      },
      {
        id: 'deepseek-denies-openai-distillation-accusation',
        subject: { id: 'deepseek' },
        claims: [{ article: { id: articleIdOf('02') } }],
      },
    ]);
  });

  it('stores publication dates as DATETIME with their precision', async () => {
    const rows = await db.read(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN a.id AS id, a.publishedAt AS at, toString(a.publishedDate) AS date, a.publishedPrecision AS precision,
              valueType(a.publishedDate) AS type ORDER BY id`,
      { ids: ['02', '03'].map(articleIdOf) },
    );
    expect(rows).toEqual(
      [
        {
          id: articleIdOf('02'),
          at: '2025-02-04T09:30:00+01:00',
          date: '2025-02-04T08:30:00Z',
          precision: 'instant',
          type: 'ZONED DATETIME NOT NULL',
        },
        {
          id: articleIdOf('03'),
          at: '2025-02',
          date: '2025-02-01T00:00:00Z',
          precision: 'month',
          type: 'ZONED DATETIME NOT NULL',
        },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });

  it('has a fact of every relation type: the seed’s and, for the newer ones, the corpus’s', async () => {
    const [row] = await db.read('MATCH (:Entity)-[r]->(:Entity) RETURN collect(DISTINCT type(r)) AS types');
    const seedTypes = new Set(readJson(SEED_FILE).facts.map((f: Json) => f.type));
    const corpusTypes = new Set(
      ['01', '02', '03', '04', '05', '06', '07'].flatMap((n) =>
        readJson(corpusFile(n)).facts.map((f: Json) => f.type),
      ),
    );
    expect(RELATION_TYPE_NAMES.filter((t) => !seedTypes.has(t) && !corpusTypes.has(t))).toEqual([]);
    expect([...(row!.types as string[])].sort()).toEqual([...RELATION_TYPE_NAMES].sort());
  });
});

describe('when a fact was first reported, and by how many', () => {
  const firstReports = async (ids: string[]) =>
    db.read(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IN $ids
       RETURN r.id AS id, toString(r.firstReported) AS firstReported, r.firstReportedPrecision AS precision,
              r.articleCount AS articles, r.outletCount AS outlets ORDER BY id`,
      { ids },
    );

  it('takes the first claim’s publication, and counts articles and outlets of the claims not deprecated', async () => {
    await resetGraph(db);
    // An update of the Alpenblick chronicle: the same outlet stating the same facts again.
    const chronicle = readJson(corpusFile('07'));
    const update = {
      ...chronicle,
      article: { ...chronicle.article, id: 'an-chronik-deepseek-update', publishedAt: '2025-02-12' },
      entities: chronicle.entities.map((e: Json) => ({ id: e.id })),
    };
    const dir = await tempDir();
    await copyFile(
      corpusFile('07').replace('.facts.json', '.txt'),
      path.join(dir, path.basename(corpusFile('07').replace('.facts.json', '.txt'))),
    );
    const updateFile = await writeFactFile(dir, 'update.facts.json', update);
    await load('seed', '01', '02', '03', '04', '05', '06', '07');
    await loadPath(db, [updateFile]);
    expect(
      await firstReports([
        'garante-bans-deepseek-app',
        'google-complies-with-berlin-commissioner',
        'openai-accuses-deepseek-distillation',
        'deepseek-cyberattackers-attack-deepseek',
        'deepseek-meets-garante',
      ]),
    ).toEqual([
      // The seed has no date: its claim is last, and its own source (no outlet).
      {
        id: 'deepseek-cyberattackers-attack-deepseek',
        firstReported: '2025-02-10T17:00:00Z',
        precision: 'instant',
        articles: 3,
        outlets: 2,
      },
      {
        id: 'deepseek-meets-garante',
        firstReported: '2025-02-01T00:00:00Z',
        precision: 'month',
        articles: 1,
        outlets: 1,
      },
      // 01 (Rheinufer), 02 (Nordlicht), 07 and its update (both Alpenblick).
      {
        id: 'garante-bans-deepseek-app',
        firstReported: '2025-02-03T00:00:00Z',
        precision: 'day',
        articles: 4,
        outlets: 3,
      },
      // 04 first told it and later retracted it: still the first report, no longer a source.
      {
        id: 'google-complies-with-berlin-commissioner',
        firstReported: '2025-02-05T00:00:00Z',
        precision: 'day',
        articles: 3,
        outlets: 2,
      },
      // 03 is "2025-02": February, from its start.
      {
        id: 'openai-accuses-deepseek-distillation',
        firstReported: '2025-02-01T00:00:00Z',
        precision: 'month',
        articles: 3,
        outlets: 3,
      },
    ]);
  });

  it('has no first report while no article stating it has a date', async () => {
    await resetGraph(db);
    await load('seed');
    expect(await firstReports(['us-navy-bans-deepseek-app'])).toEqual([
      { id: 'us-navy-bans-deepseek-app', firstReported: null, precision: null, articles: 1, outlets: 1 },
    ]);
  });
});

describe('a fact whose every claim is deprecated', () => {
  it('is shown as retracted, with its values, not deleted', async () => {
    await resetGraph(db);
    await load('seed', '01', '04');
    const id = 'google-complies-with-berlin-commissioner';
    expect(await relation(id)).toMatchObject({
      summary: factIn('04', id).summary,
      modality: 'CONFIRMED',
      confidence: 0.9,
      retracted: true,
      claims: [claimAsFiled('04', id)],
    });
  });
});

describe('removing one article', () => {
  const claimsDump = async () =>
    (
      await db.read(
        'MATCH (a:Article)-[:STATES]->(c:Claim) RETURN a.id AS article, properties(c) AS claim ORDER BY c.id',
      )
    ).map((r) => JSON.stringify(r));

  it("leaves every other article's claims byte-equal, and the facts' values as if it had never been loaded", async () => {
    await resetGraph(db);
    await load('01', '02', '03', '04', '05', '06', '07');
    const withoutSeed = await claimsDump();
    const factsWithoutSeed = await db.read(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p ORDER BY id',
    );
    await resetGraph(db);
    await load('seed', '01', '02', '03', '04', '05', '06', '07');
    const seedId = articleIdOf('seed');
    const others = (await claimsDump()).filter((c) => !c.startsWith(`{"article":"${seedId}"`));
    expect(others).toEqual(withoutSeed);
    await removeArticle(db, seedId);
    expect(await claimsDump()).toEqual(withoutSeed);
    const facts = await db.read(
      'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p ORDER BY id',
    );
    expect(facts).toEqual(factsWithoutSeed);
  });
});

describe('entities across articles', () => {
  beforeEach(() => resetGraph(db));

  it('reports a differing definition with both values and sources; the earliest-published stands', async () => {
    await load('seed');
    const summary = await load('01', '02', '03', '04', '05', '06', '07');
    expect(summary.conflicts).toEqual([
      expect.stringMatching(
        /^entity "berlin-data-protection-commissioner": name "Datenschutzbeauftragte Berlin" in .*02_nd-garante-sperrt-deepseek\.facts\.json \(article nd-garante-sperrt-deepseek\) but "Berlin Commissioner for Data Protection and Freedom of Information" in .*01_rt-deepseek-app-rechtswidrig\.facts\.json \(article rt-deepseek-app-rechtswidrig\); description .* — the earliest-published article's definition stands$/,
      ),
    ]);
    const [e] = await db.read(
      `MATCH (e:Entity {id: 'berlin-data-protection-commissioner'}) RETURN e.name AS name, e.aliases AS aliases`,
    );
    const first = readJson(corpusFile('01')).entities.find(
      (x: Json) => x.id === 'berlin-data-protection-commissioner',
    );
    expect(e!.name).toBe(first.name);
    // Every alias any article uses, the first definition's first; each remembers its articles.
    expect(e!.aliases).toEqual(
      expect.arrayContaining([...first.aliases, 'Berliner Datenschutzbehörde', 'Berliner Behörde']),
    );
    const users = await db.read(
      `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: 'berlin-data-protection-commissioner'})
       WHERE 'Berliner Behörde' IN m.aliases RETURN collect(a.id) AS articles`,
    );
    expect(users[0]!.articles).toEqual([articleIdOf('04')]);
  });

  it('loads a file that refers to entities by id alone, and refuses an unknown one with "did you mean"', async () => {
    await load('seed', '01');
    await load('02'); // deepseek, openai, apple … by id alone
    const dir = await tempDir();
    const bad = readJson(corpusFile('03'));
    bad.entities = bad.entities.map((e: Json) => (e.id === 'deepseek' ? { id: 'deepsek' } : e));
    bad.article.textFile = `${CORPUS_DIR}/${bad.article.textFile}`;
    const before = await db.read('MATCH (n) RETURN count(n) AS n');
    const err = await load2(await writeFactFile(dir, 'typo.facts.json', bad)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactFileError);
    const problems = (err as FactFileError).problems.filter((p) => p.path.startsWith('entities'));
    expect(problems).toEqual([
      expect.objectContaining({
        reason: expect.stringMatching(
          /^"deepsek" refers to an entity by id alone, but no file of this load defines it and the graph has no such entity$/,
        ),
        detail: expect.objectContaining({ hints: [expect.stringMatching(/did you mean "deepseek"/)] }),
      }),
    ]);
    expect(await db.read('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });

  it('finds an entity by its Wikidata id, and refuses a second entity with the same one', async () => {
    await load('seed', '01');
    expect((await graphql('{ entityByWikidataId(wikidataId: "Q312") { id wikidataId } }')).data).toEqual({
      entityByWikidataId: { id: 'apple', wikidataId: 'Q312' },
    });
    const dir = await tempDir();
    const other = readJson(corpusFile('05'));
    other.entities.push({ id: 'apple-inc', name: 'Apple Inc.', kind: 'Organization', wikidataId: 'Q312' });
    other.article.textFile = `${CORPUS_DIR}/${other.article.textFile}`;
    const err = await load2(await writeFactFile(dir, 'dup.facts.json', other)).catch((e: unknown) => e);
    expect((err as FactFileError).problems).toEqual([
      expect.objectContaining({
        path: `entities[${other.entities.length - 1}].wikidataId`,
        reason: `Wikidata id Q312 is already entity "apple"'s; one entity per Wikidata item — use "apple" here, or correct the id`,
      }),
    ]);
  });
});

const load2 = (file: string) => loadPath(db, [file]);
