/**
 * Fuzzing the read API (fast-check): every query field with random arguments — odd ids, odd
 * search text, page sizes and hop counts out of range, forged cursors, wrong types — never gets
 * a 5xx, an unexpected (masked) error, or an error that shows a stack, a file path, Cypher or a
 * driver message. Replay a failure with FUZZ_SEED=<seed printed by fast-check>.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { postGraphQL } from './graphqlClient.js';
import { testSettings } from '../support/appSettings.js';

const options = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 150),
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
  endOnFailure: true,
};

let db: Database;
let app: App;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db.close());

const RELATION_TYPES = ['ACCUSES', 'INVESTIGATES', 'BANS', 'DENIES', 'REPORTS', 'USES', 'PART_OF'];
const KINDS = ['Organization', 'Person', 'GovernmentBody', 'Country', 'Product', 'Group'];

/** Now and then a value of the wrong type entirely (a coercion error, not a crash). */
const sometimesWrong = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: a, weight: 6 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 });

const id = sometimesWrong(
  fc.oneof(
    fc.constantFrom(
      'deepseek',
      'openai',
      'white-house',
      'efa1921cf80bbea2',
      'openai-accuses-deepseek-distillation',
    ),
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.constantFrom('', ' ', "' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '\u0000', 'x'.repeat(10_000)),
  ),
);
const text = sometimesWrong(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc
      .array(
        fc.constantFrom(
          'deep',
          'seek',
          '*',
          '?',
          '~',
          '"',
          '\\',
          '/',
          'AND',
          'OR',
          'NOT',
          '(',
          ')',
          '[',
          '{',
          '^',
          ':',
          '-',
          '+',
          '!',
          'Weißes',
          ' ',
        ),
      )
      .map((parts) => parts.join('')),
  ),
);
const count = sometimesWrong(fc.oneof(fc.integer({ min: -5, max: 110 }), fc.integer()));
const cursor = sometimesWrong(
  fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.base64String(),
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64')),
  ),
);
const types = sometimesWrong(
  fc.oneof(fc.constant(null), fc.array(fc.constantFrom(...RELATION_TYPES, 'NOT_A_TYPE'), { maxLength: 4 })),
);
const kind = sometimesWrong(fc.oneof(fc.constant(null), fc.constantFrom(...KINDS, 'Nonsense')));

const page = '{ totalCount pageInfo { hasNextPage endCursor } nodes { id } }';
const relationArgs = '$first: Int, $after: String';
const queries: Array<[string, fc.Arbitrary<Record<string, unknown>>]> = [
  ['query ($id: ID!) { entity(id: $id) { id name relations(first: 3) { totalCount } } }', fc.record({ id })],
  [
    `query ($kind: EntityKind, ${relationArgs}) { entities(kind: $kind, first: $first, after: $after) ${page} }`,
    fc.record({ kind, first: count, after: cursor }),
  ],
  [
    'query ($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id } } }',
    fc.record({ text, first: count }),
  ],
  ['query ($id: ID!) { relation(id: $id) { id summary sources { quote } } }', fc.record({ id })],
  [
    `query ($type: [RelationType!], $subject: ID, $object: ID, $article: ID, ${relationArgs}) { relations(type: $type, subject: $subject, object: $object, article: $article, first: $first, after: $after) ${page} }`,
    fc.record({ type: types, subject: id, object: id, article: id, first: count, after: cursor }),
  ],
  [
    `query ($a: ID, $b: ID, ${relationArgs}) { accusations(accuser: $a, accused: $b, first: $first, after: $after) ${page} }`,
    fc.record({ a: id, b: id, first: count, after: cursor }),
  ],
  [
    `query ($a: ID, $b: ID, ${relationArgs}) { denials(denier: $a, denied: $b, first: $first, after: $after) ${page} }`,
    fc.record({ a: id, b: id, first: count, after: cursor }),
  ],
  [
    `query ($type: [RelationType!], ${relationArgs}) { disputedClaims(type: $type, first: $first, after: $after) ${page} }`,
    fc.record({ type: types, first: count, after: cursor }),
  ],
  [
    'query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) { path(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { id } } }',
    fc.record({ from: id, to: id, maxHops: count, first: count }),
  ],
  [
    'query ($id: ID!, $hops: Int, $types: [RelationType!]) { neighborhood(id: $id, hops: $hops, types: $types) { nodes { id } edges { id } } }',
    fc.record({ id, hops: count, types }),
  ],
  [
    `query ($id: ID!, $type: [RelationType!], ${relationArgs}) { article(id: $id) { id facts(type: $type, first: $first, after: $after) ${page} } }`,
    fc.record({ id, type: types, first: count, after: cursor }),
  ],
  [
    `query (${relationArgs}) { articles(first: $first, after: $after) ${page} }`,
    fc.record({ first: count, after: cursor }),
  ],
];

const LEAK =
  /\n\s+at |\.(?:ts|js|cypher):\d|node_modules|\/work\/|Neo4jError|Neo\.(?:Client|Transient|Database)Error|\bMATCH \(|\bRETURN \w/;

describe('fuzzing query arguments', () => {
  it.each(
    queries.map(
      ([q, args]) => [q.slice(q.indexOf('{') + 2, q.indexOf('(', q.indexOf('{'))), q, args] as const,
    ),
  )(
    '%s: no 5xx, no unexpected or revealing error',
    async (_field, query, args) => {
      await fc.assert(
        fc.asyncProperty(args, async (variables) => {
          const r = await postGraphQL(app.fetch, 'http://test/graphql', query, variables);
          expect(r.status, r.text).toBeLessThan(500);
          for (const e of r.body.errors ?? []) {
            expect(e.extensions?.code, r.text).not.toBe('INTERNAL_SERVER_ERROR');
            expect(JSON.stringify(e)).not.toMatch(LEAK);
          }
        }),
        options,
      );
    },
    300_000,
  );
});
