/**
 * The default query limits let ordinary clients through: every query of the READMEs, the
 * explorer, the benchmark and a set of realistic client queries (realisticQueries.ts) runs
 * through the HTTP endpoint with default settings and answers without errors — and validates
 * client-side against the introspected schema, as Apollo or gql check a query before sending it.
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../bench/harness/questions.js';
import { QUERY_MIX } from '../../bench/load/http/queryMix.js';
import { parseEnv } from '../../src/config/env.js';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { queryLimits } from '../../src/server/queryLimits.js';
import { Services } from '../../src/server/Services.js';
import { postGraphQL } from '../hardening/graphqlClient.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { REALISTIC_QUERIES, type RealisticQuery } from './realisticQueries.js';
import { testSettings } from '../support/appSettings.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The ```graphql blocks of src/graphql/README.md, except those of its Errors section (bad on purpose). */
function graphqlReadmeQueries(): RealisticQuery[] {
  const text = read('src/graphql/README.md');
  const tour = text.slice(0, text.indexOf('### Errors'));
  return [...tour.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `src/graphql/README.md #${i + 1}`,
    query: m[1]!,
  }));
}

/** The queries of the README's curl examples (`-d '{"query": …}'`). */
function readmeQueries(): RealisticQuery[] {
  return [...read('README.md').matchAll(/-d '(\{"query".*?\})'/g)].map((m, i) => ({
    name: `README.md curl #${i + 1}`,
    ...(JSON.parse(m[1]!) as { query: string }),
  }));
}

/** The explorer's operations (src/web/app/graphql.ts), with values for every variable they take. */
function explorerQueries(): RealisticQuery[] {
  const variables = {
    first: 100,
    after: null,
    id: 'deepseek',
    hops: 3,
    types: null,
    text: 'deepseek',
    measure: 'PAGERANK',
  };
  return [
    ...read('src/web/app/graphql.ts').matchAll(/= (?:\/\* GraphQL \*\/ )?`\s*(query (\w+)[\s\S]*?)\s*`;/g),
  ].map((m) => ({
    name: `explorer ${m[2]}`,
    query: m[1]!,
    variables,
  }));
}

function benchQueries(): RealisticQuery[] {
  const probe = { id: 'deepseek', text: 'weisses haus', from: 'openai', to: 'white-house' };
  return [
    ...Object.values(QUESTIONS).map((q) => ({
      name: `bench question ${q.key}`,
      query: q.ours,
      variables: probe,
    })),
    ...QUERY_MIX.map((q) => ({ name: `bench load ${q.name}`, query: q.query, variables: q.variables })),
  ];
}

/** The tour's own three-level example: relations → subject → relations → object → relations → sources.article. */
const TOUR_EXAMPLE: RealisticQuery = {
  name: 'src/graphql/README.md relations → subject → relations → object → relations → sources.article',
  query: `{ relations { nodes { subject { relations { nodes { object { relations { nodes {
    sources { article { title } } } } } } } } } } }`,
};

const documented = [
  ...readmeQueries(),
  ...graphqlReadmeQueries(),
  TOUR_EXAMPLE,
  ...explorerQueries(),
  ...benchQueries(),
];

let db: Database;
let app: App;
const ask = (q: RealisticQuery) => postGraphQL(app.fetch, 'http://test/graphql', q.query, q.variables);

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  // The defaults, whatever the environment of the test run says.
  app = createApp(new Services({ db }), testSettings({ limits: queryLimits(parseEnv({})) }));
});
afterAll(() => db.close());

describe('the sets are what they claim', () => {
  it('has at least 15 realistic queries, every documented source found', () => {
    expect(REALISTIC_QUERIES.length).toBeGreaterThanOrEqual(15);
    expect(readmeQueries()).toHaveLength(3);
    expect(graphqlReadmeQueries().length).toBeGreaterThanOrEqual(8);
    expect(explorerQueries().map((q) => q.name)).toEqual([
      'explorer ExplorerRelations',
      'explorer ExplorerEntities',
      'explorer ExplorerNeighbourhood',
      'explorer ExplorerSearch',
      'explorer ExplorerEntity',
      'explorer ExplorerRelation',
      'explorer ExplorerPlugins',
      'explorer ExplorerRanking',
      'explorer ExplorerCommunities',
      'explorer ExplorerCommunity',
    ]);
  });
});

describe('through the HTTP endpoint with the default limits', () => {
  it.each([...REALISTIC_QUERIES, ...documented].map((q) => [q.name, q] as const))('%s', async (_name, q) => {
    const r = await ask(q);
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.body.data).toBeTruthy();
  });
});

describe('client-side validation against the introspected schema', () => {
  it('every query validates', async () => {
    const r = await postGraphQL(app.fetch, 'http://test/graphql', getIntrospectionQuery());
    expect(r.body.errors).toBeUndefined();
    const schema = buildClientSchema(r.body.data as unknown as IntrospectionQuery);
    const invalid = [...REALISTIC_QUERIES, ...documented]
      .map((q) => ({ name: q.name, errors: validate(schema, parse(q.query)).map((e) => e.message) }))
      .filter((v) => v.errors.length > 0);
    expect(invalid).toEqual([]);
  });
});
