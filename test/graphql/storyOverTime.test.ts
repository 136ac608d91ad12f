/**
 * The story over time on the made-up corpus (test/fixtures/corpus: seven dated articles, three
 * outlets): a timeline, the graph as known on a day (`asOf`), first reports, corroboration and
 * `minSources`, articles by publication — each checked as a whole answer. Where an answer follows
 * from the fact files alone (which facts were reported by a day), the expectation is computed
 * from the files, not from the graph. `asOf` after the last article must give every fact exactly
 * its stored values: the rule of factsAsOf and that of ingestDeriveFacts are the same rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/partialDate.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { corpusFile, readJson, type Json } from '../claims/corpus.js';
import { postGraphQL } from './support/graphql.js';

const FILES = ['01', '02', '03', '04', '05', '06', '07'];

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetGraph(db);
  await loadPath(db, FILES.map(corpusFile));
});
afterAll(() => db?.close());

const post = async (query: string) => {
  const res = await postGraphQL(createApp(new Services({ db }), testSettings()), db, query);
  return res.body as Json;
};
const data = async (query: string) => {
  const body = await post(query);
  expect(body.errors).toBeUndefined();
  return body.data;
};

/** When each fact of the corpus was first reported: the earliest start of its articles' dates. */
const firstReports = new Map<string, string>();
for (const n of FILES) {
  const file = readJson(corpusFile(n));
  const start = parsePartialDate(file.article.publishedAt)!.start;
  for (const f of file.facts as Json[]) {
    const known = firstReports.get(f.id);
    if (known === undefined || Date.parse(start) < Date.parse(known)) firstReports.set(f.id, start);
  }
}
/** The fact ids first reported in [from, to), sorted. */
const reportedBetween = (from: string, to: string) =>
  [...firstReports]
    .filter(([, at]) => Date.parse(at) >= Date.parse(from) && Date.parse(at) < Date.parse(to))
    .map(([id]) => id)
    .sort();
const ids = (nodes: Json[]) => nodes.map((n: Json) => n.id);

describe('timeline', () => {
  const TIMELINE = `timeline(entity: "italian-data-protection-authority", first: 100) {
    totalCount nodes { id happened { text } firstReported { text precision } claims { article { id publishedAt } } } }`;

  it("orders an entity's facts by when they happened, else by their first report, each with its claims", async () => {
    const t = (await data(`{ ${TIMELINE} }`)).timeline;
    const row = (
      id: string,
      happened: string | null,
      reported: [string, string],
      claims: [string, string][],
    ) => ({
      id,
      happened: happened === null ? null : { text: happened },
      firstReported: { text: reported[0], precision: reported[1] },
      claims: claims.map(([a, p]) => ({ article: { id: a, publishedAt: p } })),
    });
    const rt = ['rt-deepseek-app-rechtswidrig', '2025-02-03'] as [string, string];
    const nd = ['nd-garante-sperrt-deepseek', '2025-02-04T09:30:00+01:00'] as [string, string];
    const an03 = ['an-analyse-datenschuetzer', '2025-02'] as [string, string];
    const an07 = ['an-chronik-deepseek', '2025-02-10T17:00:00Z'] as [string, string];
    expect(t).toEqual({
      totalCount: 8,
      nodes: [
        // Happened "2025-01" (01), 2025-01-30; then from 1 February: first reported in 03 (a
        // month, by its start), happened "2025-02", first reported in 03; then 4 February (02).
        row('garante-bans-deepseek-app', '2025-01', ['2025-02-03', 'DAY'], [rt, nd, an07]),
        row(
          'garante-orders-deepseek-stop-processing',
          '2025-01-30',
          ['2025-02-04T08:30:00Z', 'INSTANT'],
          [nd],
        ),
        row('deepseek-complies-with-garante-ban', null, ['2025-02', 'MONTH'], [an03]),
        row('deepseek-meets-garante', '2025-02', ['2025-02', 'MONTH'], [an03]),
        row('garante-cooperates-with-berlin-commissioner', null, ['2025-02', 'MONTH'], [an03]),
        row('deepseek-criticises-garante-decision', null, ['2025-02-04T08:30:00Z', 'INSTANT'], [nd]),
        row('garante-criticises-deepseek-answers', null, ['2025-02-04T08:30:00Z', 'INSTANT'], [nd]),
        row('garante-threatens-deepseek-fines', null, ['2025-02-04T08:30:00Z', 'INSTANT'], [nd]),
      ],
    });
  });

  it('pages by keyset: pages of three add up to the whole timeline', async () => {
    const whole = ids((await data(`{ timeline(first: 100) { nodes { id } } }`)).timeline.nodes);
    expect(whole).toHaveLength(45);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Json = (
        await data(
          `{ timeline(first: 3${after ? `, after: "${after}"` : ''}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        )
      ).timeline;
      paged.push(...ids(page.nodes));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it('narrows to a period of when it happened, and to types', async () => {
    const t = (
      await data(
        `{ timeline(from: "2025-01", to: "2025-01", types: [BANS, ORDERS]) { nodes { id happened { text } } } }`,
      )
    ).timeline;
    expect(t.nodes).toEqual([
      { id: 'garante-bans-deepseek-app', happened: { text: '2025-01' } },
      { id: 'us-navy-bans-deepseek-app', happened: { text: '2025-01' } },
      { id: 'garante-orders-deepseek-stop-processing', happened: { text: '2025-01-30' } },
    ]);
  });
});

describe('asOf: the graph as known on a day', () => {
  const list = async (asOf: string) =>
    (await data(`{ relations(asOf: "${asOf}", first: 100) { totalCount nodes { id } } }`)).relations;

  it('before the first article: empty; between: the facts reported by then; after the last: all', async () => {
    expect(await list('2025-01-31')).toEqual({ totalCount: 0, nodes: [] });
    // 4 February, the whole day: 03 (February, by its start), 01 (3rd), 02 (4th, 09:30), 06 (4th).
    const between = reportedBetween('2000-01-01T00:00:00Z', '2025-02-05T00:00:00Z');
    expect(between).toHaveLength(34);
    expect(await list('2025-02-04')).toEqual({ totalCount: 34, nodes: between.map((id) => ({ id })) });
    const all = [...firstReports.keys()].sort();
    expect(all).toHaveLength(45);
    expect(await list('2025-03')).toEqual({ totalCount: 45, nodes: all.map((id) => ({ id })) });
  });

  it('reads a timestamp to the instant: 02 (09:30 +01:00) is known at 08:30 UTC, not a minute before', async () => {
    const garante = async (asOf: string) =>
      (
        await data(
          `{ relations(asOf: "${asOf}", subject: "italian-data-protection-authority", type: [ORDERS]) { nodes { id } } }`,
        )
      ).relations.nodes;
    expect(await garante('2025-02-04T08:29:00Z')).toEqual([]);
    expect(await garante('2025-02-04T09:30:00+01:00')).toEqual([
      { id: 'garante-orders-deepseek-stop-processing' },
    ]);
  });

  it("derives a fact's values from the claims known then: sources, claims, corroboration", async () => {
    const FIELDS = `id articleCount outletCount sources { article { id } } claims { article { id } }`;
    const fact = async (asOf: string) =>
      (
        await data(
          `{ relations(asOf: "${asOf}", subject: "berlin-data-protection-commissioner", type: [APPEALS_TO], object: "apple") { nodes { ${FIELDS} } } }`,
        )
      ).relations.nodes;
    const articles = (...a: string[]) => a.map((id) => ({ article: { id } }));
    expect(await fact('2025-02-03')).toEqual([
      {
        id: 'berlin-commissioner-appeals-to-apple-remove-deepseek-app',
        articleCount: 1,
        outletCount: 1,
        sources: articles('rt-deepseek-app-rechtswidrig'),
        claims: articles('rt-deepseek-app-rechtswidrig'),
      },
    ]);
    expect(await fact('2025-02-04')).toEqual([
      {
        id: 'berlin-commissioner-appeals-to-apple-remove-deepseek-app',
        articleCount: 2,
        outletCount: 2,
        sources: articles('rt-deepseek-app-rechtswidrig', 'nd-garante-sperrt-deepseek'),
        claims: articles('rt-deepseek-app-rechtswidrig', 'nd-garante-sperrt-deepseek'),
      },
    ]);
  });

  it('respects deprecation: a claim retracted later still counts on the day, not after it', async () => {
    // 04 (5 February) states Google's compliance and corrected it on 6 February; 05 (8th) states it again.
    const google = async (asOf: string) =>
      (
        await data(
          `{ relations(asOf: "${asOf}", subject: "google", type: [COMPLIES_WITH]) { nodes { id retracted articleCount outletCount claims { article { id } deprecated { on } } } } }`,
        )
      ).relations.nodes;
    const claim04 = (deprecated: boolean) => ({
      article: { id: 'rt-apple-entfernt-deepseek' },
      deprecated: deprecated ? { on: '2025-02-06T00:00:00Z' } : null,
    });
    const fact = { id: 'google-complies-with-berlin-commissioner' };
    expect(await google('2025-02-04')).toEqual([]);
    expect(await google('2025-02-05')).toEqual([
      { ...fact, retracted: false, articleCount: 1, outletCount: 1, claims: [claim04(false)] },
    ]);
    expect(await google('2025-02-06')).toEqual([
      { ...fact, retracted: true, articleCount: 0, outletCount: 0, claims: [claim04(true)] },
    ]);
    expect(await google('2025-02-08')).toEqual([
      {
        ...fact,
        retracted: false,
        articleCount: 1,
        outletCount: 1,
        claims: [claim04(true), { article: { id: 'nd-demo-berlin-eskaliert' }, deprecated: null }],
      },
    ]);
  });

  it('after the last article, every fact has exactly its stored values (one rule, two places)', async () => {
    const FIELDS = `id type subject { id } object { id } summary modality confidence statedBy { id } cameo
      qualifiers { about reason when role scope } retracted happened { text from to precision }
      firstReported { text from to precision } articleCount outletCount
      sources { article { id } quote position } denies { id }
      claims { article { id } quote summary modality confidence deprecated { on reason } }`;
    const stored = (await data(`{ relations(first: 100) { nodes { ${FIELDS} } } }`)).relations.nodes;
    const then = (await data(`{ relations(asOf: "2026", first: 100) { nodes { ${FIELDS} } } }`)).relations
      .nodes;
    expect(stored).toHaveLength(45);
    expect(then).toEqual(stored);
  });

  it('applies to entity lists, neighbourhoods, paths and disputed claims', async () => {
    const d = await data(`{
      entity(id: "deepseek") { accusedBy(asOf: "2025-02-02") { totalCount nodes { id claims { article { id } } } } }
      neighborhood(id: "google", asOf: "2025-02-04") { edges { id } }
      path(from: "google", to: "deepseek", asOf: "2025-02-03") { relations { id } }
      early: disputedClaims(asOf: "2025-02-03") { nodes { id } }
      late: disputedClaims(asOf: "2025-02-28") { nodes { id } }
    }`);
    expect(d).toEqual({
      entity: {
        accusedBy: {
          totalCount: 1,
          nodes: [
            {
              id: 'openai-accuses-deepseek-distillation',
              claims: [{ article: { id: 'an-analyse-datenschuetzer' } }],
            },
          ],
        },
      },
      neighborhood: { edges: [{ id: 'berlin-commissioner-appeals-to-google-remove-deepseek-app' }] },
      path: [
        {
          relations: [
            { id: 'berlin-commissioner-appeals-to-google-remove-deepseek-app' },
            { id: 'berlin-commissioner-accuses-deepseek-unlawful-transfer' },
          ],
        },
        {
          relations: [
            { id: 'berlin-commissioner-appeals-to-google-remove-deepseek-app' },
            { id: 'berlin-commissioner-demands-deepseek-stop-transfers' },
          ],
        },
        {
          relations: [
            { id: 'berlin-commissioner-appeals-to-google-remove-deepseek-app' },
            { id: 'deepseek-denies-unlawful-transfer-accusation' },
          ],
        },
        {
          relations: [
            { id: 'berlin-commissioner-appeals-to-google-remove-deepseek-app' },
            { id: 'deepseek-rejects-berlin-commissioner-demand' },
          ],
        },
      ],
      // 03 (February) denies 01's accusation (3 February); 02 (4th) denies OpenAI's.
      early: { nodes: [{ id: 'berlin-commissioner-accuses-deepseek-unlawful-transfer' }] },
      late: {
        nodes: [
          { id: 'berlin-commissioner-accuses-deepseek-unlawful-transfer' },
          { id: 'openai-accuses-deepseek-distillation' },
        ],
      },
    });
  });

  it('shows both sides of a denial as known that day', async () => {
    const q = (asOf: string) => `{
      denials(asOf: "${asOf}", first: 100) { nodes { id denies { id claims { article { id } } } } }
      accusations(asOf: "${asOf}", first: 100) { nodes { id deniedBy { id } } }
    }`;
    // 1 February: 03 (a February article, so from the 1st) denies 01's accusation, which comes
    // only on the 3rd; 03 also reports OpenAI's accusation, which 02 denies on the 4th.
    expect(await data(q('2025-02-01'))).toEqual({
      denials: {
        nodes: [{ id: 'deepseek-denies-unlawful-transfer-accusation', denies: [] }],
      },
      accusations: { nodes: [{ id: 'openai-accuses-deepseek-distillation', deniedBy: [] }] },
    });
    expect(await data(q('2025-02-03'))).toEqual({
      denials: {
        nodes: [
          {
            id: 'deepseek-denies-unlawful-transfer-accusation',
            denies: [
              {
                id: 'berlin-commissioner-accuses-deepseek-unlawful-transfer',
                claims: [{ article: { id: 'rt-deepseek-app-rechtswidrig' } }],
              },
            ],
          },
        ],
      },
      accusations: {
        nodes: [
          {
            id: 'berlin-commissioner-accuses-deepseek-unlawful-transfer',
            deniedBy: [{ id: 'deepseek-denies-unlawful-transfer-accusation' }],
          },
          { id: 'openai-accuses-deepseek-distillation', deniedBy: [] },
        ],
      },
    });
  });
});

describe('first reports and corroboration', () => {
  it('reportedFrom / reportedTo keep the facts first reported in the period', async () => {
    const r = (
      await data(
        `{ relations(reportedFrom: "2025-02-05", reportedTo: "2025-02-08", first: 100) { totalCount nodes { id } } }`,
      )
    ).relations;
    const expected = reportedBetween('2025-02-05T00:00:00Z', '2025-02-09T00:00:00Z');
    expect(expected).toHaveLength(10);
    expect(r).toEqual({ totalCount: 10, nodes: expected.map((id) => ({ id })) });
  });

  it('minSources with the most corroborated first: outlets, then articles, then id', async () => {
    const r = (
      await data(
        `{ relations(minSources: 2, orderBy: SOURCES, first: 100) { totalCount nodes { id outletCount articleCount } } }`,
      )
    ).relations;
    const row = (id: string, n: number) => ({ id, outletCount: n, articleCount: n });
    expect(r).toEqual({
      totalCount: 9,
      nodes: [
        row('apple-complies-with-berlin-commissioner', 3),
        row('berlin-commissioner-appeals-to-apple-remove-deepseek-app', 3),
        row('garante-bans-deepseek-app', 3),
        row('berlin-commissioner-appeals-to-google-remove-deepseek-app', 2),
        row('berlin-commissioner-comments-on-deepseek-app-unlawful', 2),
        row('deepseek-sues-berlin-commissioner', 2),
        // 04's claim is deprecated: 05 and 07 remain.
        row('google-complies-with-berlin-commissioner', 2),
        row('openai-accuses-deepseek-distillation', 2),
        row('us-navy-bans-deepseek-app', 2),
      ],
    });
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = (
        await data(
          `{ relations(minSources: 2, orderBy: SOURCES, first: 4${after ? `, after: "${after}"` : ''}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        )
      ).relations;
      paged.push(...ids(page.nodes));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(ids(r.nodes));
  });

  it('"accusations that at least two outlets report" is one question, today and as of a day', async () => {
    expect(
      await data(`{
        today: accusations(minSources: 2) { nodes { id outletCount } }
        early: accusations(minSources: 2, asOf: "2025-02-02") { nodes { id outletCount } }
        then: accusations(minSources: 2, asOf: "2025-02-03") { nodes { id outletCount } }
      }`),
    ).toEqual({
      today: { nodes: [{ id: 'openai-accuses-deepseek-distillation', outletCount: 2 }] },
      early: { nodes: [] },
      then: { nodes: [{ id: 'openai-accuses-deepseek-distillation', outletCount: 2 }] },
    });
  });
});

describe('corroboration as of a day', () => {
  it("filters and orders by that day's counts, the ones each fact shows then", async () => {
    const NODES = `nodes { id outletCount articleCount }`;
    const d = await data(`{
      all: relations(asOf: "2025-02-05", first: 100) { ${NODES} }
      sorted: relations(asOf: "2025-02-05", orderBy: SOURCES, first: 100) { ${NODES} }
      two: relations(asOf: "2025-02-05", minSources: 2, orderBy: SOURCES, first: 100) { totalCount ${NODES} }
    }`);
    type Counted = { id: string; outletCount: number; articleCount: number };
    const bySources = (a: Counted, b: Counted) =>
      b.outletCount - a.outletCount || b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1);
    expect(d.sorted.nodes).toEqual([...d.all.nodes].sort(bySources));
    const atLeastTwo = d.sorted.nodes.filter((n: Counted) => n.outletCount >= 2);
    expect(atLeastTwo.length).toBeGreaterThan(2);
    expect(d.two).toEqual({ totalCount: atLeastTwo.length, nodes: atLeastTwo });
  });
});

describe('articles by publication', () => {
  it('lists every article by publication, and by period and outlet', async () => {
    const d = await data(`{
      all: articles(orderBy: PUBLISHED) { totalCount nodes { id publishedAt outlet } }
      some: articles(from: "2025-02-04", to: "2025-02-08", orderBy: PUBLISHED) { totalCount nodes { id } }
      an: articles(from: "2025-02-04", outlet: "Alpenblick Nachrichten", orderBy: PUBLISHED) { totalCount nodes { id } }
      byId: articles(outlet: "Nordlicht Digital") { nodes { id } }
    }`);
    const a = (id: string, publishedAt: string, outlet: string) => ({ id, publishedAt, outlet });
    expect(d).toEqual({
      all: {
        totalCount: 7,
        nodes: [
          a('an-analyse-datenschuetzer', '2025-02', 'Alpenblick Nachrichten'),
          a('rt-deepseek-app-rechtswidrig', '2025-02-03', 'Rheinufer Tagespost'),
          a('an-grenzkonflikt-veltanien', '2025-02-04', 'Alpenblick Nachrichten'),
          a('nd-garante-sperrt-deepseek', '2025-02-04T09:30:00+01:00', 'Nordlicht Digital'),
          a('rt-apple-entfernt-deepseek', '2025-02-05', 'Rheinufer Tagespost'),
          a('nd-demo-berlin-eskaliert', '2025-02-08', 'Nordlicht Digital'),
          a('an-chronik-deepseek', '2025-02-10T17:00:00Z', 'Alpenblick Nachrichten'),
        ],
      },
      some: {
        totalCount: 4,
        nodes: [
          { id: 'an-grenzkonflikt-veltanien' },
          { id: 'nd-garante-sperrt-deepseek' },
          { id: 'rt-apple-entfernt-deepseek' },
          { id: 'nd-demo-berlin-eskaliert' },
        ],
      },
      an: { totalCount: 2, nodes: [{ id: 'an-grenzkonflikt-veltanien' }, { id: 'an-chronik-deepseek' }] },
      byId: { nodes: [{ id: 'nd-demo-berlin-eskaliert' }, { id: 'nd-garante-sperrt-deepseek' }] },
    });
  });
});

describe('bad dates', () => {
  it.each([
    ['relations(asOf: "yesterday")', 'asOf', 'yesterday'],
    ['relations(reportedFrom: "2025-13")', 'reportedFrom', '2025-13'],
    ['accusations(reportedTo: "2025-02-30")', 'reportedTo', '2025-02-30'],
    ['timeline(from: "02/2025")', 'from', '02/2025'],
    ['articles(to: "2025-2-1")', 'to', '2025-2-1'],
    ['neighborhood(id: "deepseek", asOf: "soon")', 'asOf', 'soon'],
  ])('%s: BAD_USER_INPUT naming the argument and the accepted forms', async (field, argument, value) => {
    const body = await post(`{ x: ${field} { __typename } }`);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe(
      `Argument "${argument}" is not a date: "${value}" (accepted: a year "2025", a month "2025-01", a day "2025-01-29", a date-time with its UTC offset "2025-01-29T14:30:00+01:00" or "2025-01-29T13:30:00Z").`,
    );
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument, value });
  });
});
