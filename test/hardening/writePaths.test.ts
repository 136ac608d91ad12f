/**
 * Write paths are closed: every mutation needs `Authorization: Bearer <NEWSGRAPH_API_KEY>`; with
 * no key configured they are FORBIDDEN; a missing, wrong or nearly right key all get the very same
 * answer; nothing reaches Neo4j before the key is checked. With the key, ingestArticle loads one
 * article completely or not at all, and removeArticle takes it out again. CSRF prevention holds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase } from '../support/testDatabase.js';
import { codes, postGraphQL, type GraphQLReply } from './graphqlClient.js';
import { articleId, syntheticFactFile } from './syntheticFactFile.js';
import { testSettings } from '../support/appSettings.js';

const KEY = 'k3y-for-the-hardening-tests-0123456789abcdef';
const INGEST =
  'mutation ($f: JSON!) { ingestArticle(factFile: $f) { articleId entities facts deletedFacts } }';
const REMOVE = 'mutation ($id: ID!) { removeArticle(id: $id) }';

let db: Database;
/** The app the requests of a test go to: one without a configured key, one with KEY. */
let app: App;
let keyless: App;
let keyed: App;
let queries = 0;

const send = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postGraphQL(app.fetch, 'http://test/graphql', query, variables, headers);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  db.onQuery(() => queries++);
  keyless = createApp(new Services({ db }), testSettings({ apiKey: undefined }));
  keyed = createApp(new Services({ db }), testSettings({ apiKey: KEY }));
});
afterAll(() => db.close());
beforeEach(() => {
  queries = 0;
  app = keyless;
});

/** What a client can observe of a refusal: status, and the errors without anything request-specific. */
const observable = (r: GraphQLReply) => ({
  status: r.status,
  data: r.body.data,
  errors: r.body.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
});

describe('without a configured key, writes are disabled', () => {
  it.each([
    ['ingestArticle', INGEST, { f: syntheticFactFile(1) }],
    ['removeArticle', REMOVE, { id: 'efa1921cf80bbea2' }],
  ])('%s → FORBIDDEN, even with a key in the request', async (_name, query, variables) => {
    for (const headers of [{}, bearer(KEY)]) {
      const r = await send(query, variables, headers);
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(queries).toBe(0);
  });
});

describe('with a configured key', () => {
  beforeEach(() => {
    app = keyed;
  });

  it('gives a missing, wrong, nearly right or malformed key the very same answer, before any Cypher', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      bearer('wrong'),
      bearer(KEY.slice(0, -1) + 'g'), // last character off
      bearer(KEY.slice(0, -1)), // a prefix
      bearer(KEY + 'x'), // one too many
      bearer(KEY.toUpperCase()),
      { authorization: `Basic ${Buffer.from(`neo4j:${KEY}`).toString('base64')}` },
      { authorization: KEY },
      { authorization: `Bearer ${KEY} ${KEY}` },
    ];
    const answers = [];
    for (const headers of attempts)
      answers.push(observable(await send(REMOVE, { id: 'efa1921cf80bbea2' }, headers)));
    expect(answers[0]?.errors?.[0]?.code).toBe('UNAUTHENTICATED');
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(queries).toBe(0);
  });

  it('ingestArticle loads a fact file completely and says what it wrote; removeArticle takes it out', async () => {
    const before = await graphCounts(db);
    const f = syntheticFactFile(1, 6);
    const r = await send(INGEST, { f }, bearer(KEY));
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      ingestArticle: { articleId: articleId(1), entities: f.entities.length, facts: 6, deletedFacts: 0 },
    });
    const [row] = await db.read(
      'MATCH (a:Article {id: $id})-[:MENTIONS]->(e) WITH a, count(e) AS mentions RETURN mentions, a.factCount AS factCount',
      { id: articleId(1) },
    );
    expect(row).toEqual({ mentions: f.entities.length, factCount: 6 });

    const again = await send(INGEST, { f }, bearer(KEY)); // reloading replaces, adds nothing
    expect(again.body.errors).toBeUndefined();
    const loaded = await graphCounts(db);

    const removed = await send(REMOVE, { id: articleId(1) }, bearer(KEY));
    expect(removed.body.data).toEqual({ removeArticle: true });
    expect(await graphCounts(db)).toEqual(before);
    // The article, its entities, and a claim per fact it states.
    expect(loaded.nodes).toBe(before.nodes + 1 + f.entities.length + 6);

    const gone = await send(REMOVE, { id: articleId(1) }, bearer(KEY));
    expect(gone.body.data).toEqual({ removeArticle: false });
  });

  it('removeArticle keeps facts and entities another article still sources', async () => {
    const a = syntheticFactFile(2, 4);
    const b = syntheticFactFile(3, 4);
    b.facts[0] = { ...a.facts[0]!, quote: b.facts[0]!.quote }; // b reports a's first fact too
    b.entities = [...new Map([...b.entities, ...a.entities].map((e) => [e.id, e])).values()];
    for (const f of [a, b]) expect((await send(INGEST, { f }, bearer(KEY))).body.errors).toBeUndefined();
    await send(REMOVE, { id: articleId(2) }, bearer(KEY));
    const [shared] = await db.read('MATCH ()-[r]->() WHERE r.id = $id RETURN r.sourceArticleIds AS sources', {
      id: a.facts[0]!.id,
    });
    expect(shared).toEqual({ sources: [articleId(3)] });
    const [others] = await db.read('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS n', {
      ids: a.facts.slice(1).map((f) => f.id),
    });
    expect(others).toEqual({ n: 0 });
    await send(REMOVE, { id: articleId(3) }, bearer(KEY));
  });

  it('ingestArticle refuses a bad fact file with every problem listed, writing nothing', async () => {
    const before = await graphCounts(db);
    const f = syntheticFactFile(4, 3);
    f.facts[1]!.quote = 'Dieser Satz steht nicht im Artikel.';
    f.facts[2]!.object = 'nobody-we-know';
    const r = await send(INGEST, { f }, bearer(KEY));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const problems = r.body.errors?.[0]?.extensions?.problems as Array<{ path: string; reason: string }>;
    expect(problems.map((p) => p.path).sort()).toEqual(['facts[1].quote', 'facts[2].object']);
    expect(JSON.stringify(r.body)).not.toMatch(/newsgraph-ingest-|\/tmp\//); // no server paths
    expect(await graphCounts(db)).toEqual(before);
  });

  it('ingestArticle refuses textFile (the server would read a path the client chose) and non-objects', async () => {
    const f = {
      ...syntheticFactFile(5, 1),
      article: { ...syntheticFactFile(5, 1).article, textFile: '/etc/passwd' },
    };
    const r = await send(INGEST, { f }, bearer(KEY));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r.body.errors?.[0]?.extensions?.problems)).toMatch(/article\.textFile/);
    for (const bad of [[], 'text', 42, null]) {
      const reply = await send(INGEST, { f: bad }, bearer(KEY));
      expect(reply.status).toBeLessThan(500);
      expect(reply.body.errors?.length).toBeGreaterThan(0);
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a form POST and a GET without the CSRF header; never runs a mutation over GET', async () => {
    app = keyed;
    const form = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...bearer(KEY) },
      body: `query=${encodeURIComponent('mutation { removeArticle(id: "efa1921cf80bbea2") }')}`,
    });
    expect(form.status).toBe(403);
    const get = await app.fetch(`http://test/graphql?query=${encodeURIComponent('{ stats { articles } }')}`);
    expect(get.status).toBe(403);
    const getWithHeader = await app.fetch(
      `http://test/graphql?query=${encodeURIComponent('{ stats { articles } }')}`,
      {
        headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
      },
    );
    expect(getWithHeader.status).toBe(200);
    const mutationOverGet = await app.fetch(
      `http://test/graphql?query=${encodeURIComponent('mutation { removeArticle(id: "efa1921cf80bbea2") }')}`,
      { headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json', ...bearer(KEY) } },
    );
    expect(mutationOverGet.status).toBe(405);
    expect(queries).toBe(1); // the one allowed GET query
    const [row] = await db.read('MATCH (a:Article {id: "efa1921cf80bbea2"}) RETURN count(a) AS n');
    expect(row).toEqual({ n: 1 });
  });

  it("lets any site read, but never with the browser's stored credentials (CORS)", async () => {
    const preflight = await app.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
