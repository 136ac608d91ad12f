/**
 * Hostile queries are refused before any Cypher runs (the query counter stays 0): depth, aliases,
 * directives, tokens, cost, the `__schema` name trick, oversized bodies, batches; field
 * suggestions are hidden; `first`/`hops` caps hold end to end; the limits follow the environment.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { queryLimits } from '../../src/server/queryLimits.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { codes, messages, postGraphQL } from './graphqlClient.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;
let queries = 0;
const URL_ = 'http://test/graphql';
const ask = (query: string, variables?: Record<string, unknown>) =>
  postGraphQL(app.fetch, URL_, query, variables);

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  db.onQuery(() => queries++);
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db.close());
beforeEach(() => {
  queries = 0;
});

/** `{ entity { relations { nodes { subject { … } } } } }` nested to `depth` field levels. */
function nested(depth: number): string {
  const levels = ['relations', 'nodes', 'subject'];
  let inner = 'id';
  for (let d = depth - 1; d >= 2; d--) inner = `${levels[(d - 2) % 3]} { ${inner} }`;
  return `entity(id: "deepseek") { ${inner} }`;
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

describe('hostile queries are refused before any Cypher runs', () => {
  const hostile: Array<[string, string, RegExp]> = [
    ['too deep', `{ ${nested(16)} }`, /depth limit of 15/],
    ['too many aliases', `{ ${repeat(16, (i) => `a${i}: stats { entities }`)} }`, /aliases limit of 15/i],
    [
      'too many directives',
      `{ stats { ${repeat(11, () => '__typename @include(if: true)')} } }`,
      /directives limit of 10/i,
    ],
    ['too many tokens', `{ stats { ${repeat(1000, () => 'entities')} } }`, /token limit of 1000/i],
    [
      'too costly',
      '{ entities(first: 100) { nodes { relations(first: 100) { nodes { id } } } } }',
      /cost limit of 10000/i,
    ],
    ['too deep behind an alias named __schema', `{ __schema: ${nested(16)} }`, /depth limit/],
    ['too deep in an operation named __schema', `query __schema { ${nested(16)} }`, /depth limit/],
    ['too deep through fragments', `{ ...A } fragment A on Query { ${nested(16)} }`, /depth limit/],
  ];
  it.each(hostile)('%s', async (_name, query, reason) => {
    const r = await ask(query);
    expect(r.body.data ?? null).toBeNull();
    expect(messages(r)).toMatch(reason);
    expect(queries).toBe(0);
  });

  it.each([
    ['given', '($n: Int)', { n: 100 }],
    ['defaulted', '($n: Int = 100)', {}],
  ])('too costly with the page sizes as variables (%s)', async (_how, definitions, variables) => {
    const r = await ask(
      `query ${definitions} { entities(first: $n) { nodes { relations(first: $n) { nodes { subject { relations(first: $n) { nodes { id } } } } } } } }`,
      variables,
    );
    expect(r.body.data ?? null).toBeNull();
    expect(messages(r)).toMatch(/cost limit of 10000/i);
    expect(queries).toBe(0);
  });

  it('accepts what honest clients send: a depth-8 query, the introspection query', async () => {
    const r = await ask(
      '{ entity(id: "deepseek") { relations(first: 2) { edges { node { sources { article { id } } } } } } }',
    );
    expect(r.body.errors).toBeUndefined();
    expect(queries).toBeGreaterThan(0);
    const explorerPage = await ask(
      'query ($first: Int, $after: String) { relations(first: $first, after: $after) { nodes { id type subject { id name kind } object { id name kind } } pageInfo { hasNextPage endCursor } } }',
      { first: 100, after: null },
    );
    expect(explorerPage.body.errors).toBeUndefined();
    const schema = await ask(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(schema.body.errors).toBeUndefined();
  });

  it.each([
    ['depth', `{ ${nested(16)} }`, 16, 15],
    ['aliases', `{ ${repeat(16, (i) => `a${i}: stats { entities }`)} }`, 16, 15],
    ['directives', `{ stats { ${repeat(11, () => '__typename @include(if: true)')} } }`, 11, 10],
    ['tokens', `{ stats { ${repeat(1000, () => 'entities')} } }`, 1005, 1000],
    ['cost', '{ entities(first: 100) { nodes { relations(first: 100) { nodes { id } } } } }', 10_200, 10_000],
  ])(
    'a refusal on %s says which limit, the value found and allowed, and how to narrow',
    async (limit, query, found, allowed) => {
      const r = await ask(query);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      const [error] = r.body.errors!;
      expect(error!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, found, allowed });
      expect(error!.message).toMatch(
        new RegExp(`^Query too complex: \\w+ limit of ${allowed} exceeded, found ${found}\\. \\S`),
      );
      expect(queries).toBe(0);
    },
  );

  it('a cost refusal names the largest list and its page sizes', async () => {
    const r = await ask('{ entities(first: 100) { nodes { relations(first: 100) { nodes { id } } } } }');
    expect(r.body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      found: 10_200,
      allowed: 10_000,
      rows: 10_100,
      roundTrips: 2,
      largestList: 'entities.nodes.relations',
    });
    expect(r.body.errors?.[0]?.message).toBe(
      'Query too complex: cost limit of 10000 exceeded, found 10200. The estimate is about 10100 rows read plus 2 round trips to the database. The largest list is entities.nodes.relations (100 × 100 = 10000 rows). Ask for smaller pages (`first`) in nested lists, nest fewer lists, or fetch the next level in a second query (and page on with `after`).',
    );
  });

  it('a page size given as a variable is refused with a code, like a literal one', async () => {
    const r = await ask(
      'query($n: Int) { entity(id: "deepseek") { accusedBy(first: $n) { nodes { subject { accuses(first: $n) { nodes { object { name } } } } } } } }',
      { n: 100 },
    );
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      found: 10_251,
    });
    expect(queries).toBe(0);
    const smaller = await ask(
      'query($n: Int) { entity(id: "deepseek") { accusedBy(first: $n) { nodes { subject { accuses(first: $n) { nodes { object { name } } } } } } } }',
      { n: 50 },
    );
    expect(smaller.body.errors).toBeUndefined();
  });

  it('estimates the same document again for other page sizes, whatever it estimated before', async () => {
    const document =
      'query($n: Int, $id: ID!) { entity(id: $id) { accusedBy(first: $n) { nodes { subject { accuses(first: $n) { nodes { object { name } } } } } } } }';
    const outcomes = [];
    for (const variables of [
      { n: 50, id: 'deepseek' },
      { n: 100, id: 'deepseek' },
      { n: 50, id: 'microsoft' },
      { n: 100, id: 'microsoft' },
      { n: '50', id: 'deepseek' },
      { id: 'deepseek' },
    ]) {
      const r = await ask(document, variables);
      outcomes.push(r.body.errors?.[0]?.extensions?.code ?? 'answered');
    }
    // A string is no page size: it counts as the largest page, so the estimate refuses it.
    expect(outcomes).toEqual([
      'answered',
      'QUERY_TOO_COMPLEX',
      'answered',
      'QUERY_TOO_COMPLEX',
      'QUERY_TOO_COMPLEX',
      'answered',
    ]);
  });

  it('the default page size counts like a written one', async () => {
    const level = (first: string, inner: string) => `relations${first} { nodes { subject { ${inner} } } }`;
    const deep = (first: string) =>
      `{ ${level(first, level(first, level(first, `relations${first} { nodes { id } }`)))} }`;
    // Three levels of 20: passes whether `first: 20` is written or left to the default.
    const three = (first: string) =>
      `{ ${level(first, level(first, `relations${first} { nodes { id } }`))} }`;
    for (const first of ['', '(first: 20)']) {
      expect((await ask(three(first))).body.errors).toBeUndefined();
      // Four levels of 20 (160 000 rows): refused either way, with the same cost.
      const refused = await ask(deep(first));
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'cost',
        found: 168_620,
      });
    }
  });

  it('counts a field or fragment asked for twice once, as the executor merges them', async () => {
    const r = await ask(
      '{ entities(first: 100) { nodes { ...R ...R relations(first: 50) { nodes { id } } } } } fragment R on Entity { relations(first: 50) { nodes { type } } }',
    );
    expect(r.body.errors).toBeUndefined();
  });

  it('accepts the natural two-level question and the README three-level example', async () => {
    const natural = await ask(
      '{ entity(id: "deepseek") { name accusedBy(first: 10) { nodes { summary subject { name accuses(first: 10) { nodes { object { name } summary } } investigates(first: 10) { nodes { object { name } } } } } } } }',
    );
    expect(natural.body.errors).toBeUndefined();
    const readme = await ask(
      '{ relations { nodes { subject { relations { nodes { object { relations { nodes { sources { article { title } } } } } } } } } } }',
    );
    expect(readme.body.errors).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const r = await ask('{ entitie(id: "deepseek") { nam } }');
    expect(messages(r)).not.toMatch(/Did you mean/);
    expect(messages(r)).toMatch(/Suggestion hidden/);
    expect(queries).toBe(0);
  });

  it.each([
    ['entities(first: 101) { totalCount }', /first/],
    ['search(text: "deepseek", first: 1000) { score }', /first/],
    ['neighborhood(id: "deepseek", hops: 4) { nodes { id } }', /hops/],
    ['path(from: "deepseek", to: "openai", maxHops: 7) { length }', /maxHops/],
    ['entity(id: "deepseek") { relations(first: 500) { totalCount } }', /first/],
  ])('caps %s with BAD_USER_INPUT', async (field, argument) => {
    const r = await ask(`{ ${field} }`);
    expect(codes(r)).toContain('BAD_USER_INPUT');
    expect(messages(r)).toMatch(argument);
  });
});

describe('request bodies', () => {
  const big = (bytes: number) =>
    JSON.stringify({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(bytes) } });

  it('refuses a body over the limit with 413, by its content-length', async () => {
    const res = await app.fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big(200_000),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
    expect(queries).toBe(0);
  });

  it('refuses a streamed body without content-length once it passes the limit', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        // an endless body: only the limit stops it
        sent += 16_384;
        c.enqueue(new Uint8Array(16_384).fill(32));
      },
    });
    const res = await app.fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(200_000);
    expect(queries).toBe(0);
  });

  it('accepts a body just under the limit', async () => {
    const res = await app.fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big(95_000),
    });
    expect(res.status).toBe(200);
  });

  it('refuses batches (an array of operations)', async () => {
    const res = await app.fetch(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { entities } }' }, { query: '{ stats { articles } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Batching is not supported/);
    expect(queries).toBe(0);
  });
});

describe('limits follow the environment', () => {
  it('NEWSGRAPH_MAX_DEPTH, NEWSGRAPH_MAX_ALIASES and NEWSGRAPH_MAX_BODY_BYTES change the limits', async () => {
    const env = parseEnv({
      NEWSGRAPH_MAX_DEPTH: '3',
      NEWSGRAPH_MAX_ALIASES: '1',
      NEWSGRAPH_MAX_BODY_BYTES: '200',
    });
    const strict = createApp(new Services({ db }), testSettings({ limits: queryLimits(env) }));
    const deep = await postGraphQL(
      strict.fetch,
      URL_,
      '{ entity(id: "deepseek") { relations { nodes { id } } } }',
    );
    expect(messages(deep)).toMatch(/depth limit of 3/);
    const aliases = await postGraphQL(strict.fetch, URL_, '{ a: stats { entities } b: stats { articles } }');
    expect(messages(aliases)).toMatch(/aliases limit of 1/i);
    const body = await postGraphQL(strict.fetch, URL_, '{ stats { entities } }', { pad: 'x'.repeat(300) });
    expect(body.status).toBe(413);
    expect(queries).toBe(0);
  });
});
