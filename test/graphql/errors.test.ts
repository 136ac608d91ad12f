/**
 * Every error case of the API, on the whole response: out-of-range arguments, bad cursors and
 * unknown enum values are BAD_USER_INPUT errors quoting the value; unknown ids are null without
 * an error; an unreachable Neo4j is SERVICE_UNAVAILABLE within seconds. No stack, no Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { postGraphQL, SeedApi } from './support/graphql.js';
import { testSettings } from '../support/appSettings.js';

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open();
});
afterAll(() => api.close());

const at = (line: number, column: number) => [{ line, column }];

/** The whole body of a failed root field: one BAD_USER_INPUT error naming argument and value. */
function badArgument(field: string, message: string, argument: string, value: unknown, data: unknown) {
  return {
    errors: [
      {
        message,
        locations: at(1, 3),
        path: [field],
        extensions: { code: 'BAD_USER_INPUT', argument, value },
      },
    ],
    data,
  };
}

describe('out-of-range arguments', () => {
  it('first > 100', async () => {
    const res = await api.post('{ relations(first: 101) { totalCount } }');
    expect(res.body).toEqual(
      badArgument('relations', 'Argument "first" must be between 0 and 100; got 101.', 'first', 101, null),
    );
    expect(res.queries).toBe(0);
  });

  it('negative first', async () => {
    const res = await api.post('{ entities(first: -1) { totalCount } }');
    expect(res.body).toEqual(
      badArgument('entities', 'Argument "first" must be between 0 and 100; got -1.', 'first', -1, null),
    );
  });

  it('first > 100 on a nested list fails that field only', async () => {
    const res = await api.post('{ entity(id: "deepseek") { name accusedBy(first: 500) { totalCount } } }');
    expect(res.body).toEqual({
      errors: [
        {
          message: 'Argument "first" must be between 0 and 100; got 500.',
          locations: at(1, 33),
          path: ['entity', 'accusedBy'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'first', value: 500 },
        },
      ],
      data: { entity: null },
    });
  });

  it('hops > 3', async () => {
    const res = await api.post('{ neighborhood(id: "deepseek", hops: 4) { nodes { id } } }');
    expect(res.body).toEqual(
      badArgument('neighborhood', 'Argument "hops" must be between 1 and 3; got 4.', 'hops', 4, {
        neighborhood: null,
      }),
    );
  });

  it('negative hops', async () => {
    const res = await api.post('{ neighborhood(id: "deepseek", hops: -2) { nodes { id } } }');
    expect(res.body).toEqual(
      badArgument('neighborhood', 'Argument "hops" must be between 1 and 3; got -2.', 'hops', -2, {
        neighborhood: null,
      }),
    );
  });

  it('maxHops > 6', async () => {
    const res = await api.post('{ path(from: "microsoft", to: "deepseek", maxHops: 7) { length } }');
    expect(res.body).toEqual(
      badArgument('path', 'Argument "maxHops" must be between 1 and 6; got 7.', 'maxHops', 7, { path: null }),
    );
  });

  it('empty search text', async () => {
    const res = await api.post('{ search(text: "  ") { score } }');
    expect(res.body).toEqual(
      badArgument(
        'search',
        'Argument "text" must hold 1 to 200 characters besides spaces; got "  ".',
        'text',
        '  ',
        null,
      ),
    );
  });
});

describe('bad cursors', () => {
  it('a string that is no cursor', async () => {
    const res = await api.post('{ relations(after: "nonsense") { totalCount } }');
    expect(res.body).toEqual(
      badArgument(
        'relations',
        'Argument "after" is not a cursor of this relation list: "nonsense". Pass the endCursor (or an edge cursor) of an earlier page of the same list.',
        'after',
        'nonsense',
        null,
      ),
    );
  });

  it('a cursor of another list (an entity cursor passed to relations)', async () => {
    const page = await api.post('{ entities(first: 1) { pageInfo { endCursor } } }');
    const cursor = (page.body as { data: { entities: { pageInfo: { endCursor: string } } } }).data.entities
      .pageInfo.endCursor;
    const res = await api.post('query($c: String) { relations(after: $c) { totalCount } }', { c: cursor });
    expect(res.body).toEqual({
      errors: [
        {
          message: `Argument "after" is not a cursor of this relation list: "${cursor}". Pass the endCursor (or an edge cursor) of an earlier page of the same list.`,
          locations: at(1, 21),
          path: ['relations'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'after', value: cursor },
        },
      ],
      data: null,
    });
  });
});

describe('unknown enum values', () => {
  it('in the query text', async () => {
    const res = await api.post('{ relations(type: [ACCUSE]) { totalCount } }');
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'Value "ACCUSE" does not exist in "RelationType" enum. Did you mean the enum value "ACCUSES"?',
          locations: at(1, 20),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(res.queries).toBe(0);
  });

  it('in a variable', async () => {
    const res = await api.post('query($k: EntityKind) { entities(kind: $k) { totalCount } }', {
      k: 'Spaceship',
    });
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'Variable "$k" got invalid value "Spaceship"; Value "Spaceship" does not exist in "EntityKind" enum.',
          locations: at(1, 7),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

describe('unknown ids', () => {
  it('are null, without an error', async () => {
    const res = await api.post(`{
      entity(id: "no-such-entity") { id }
      relation(id: "no-such-fact") { id }
      article(id: "no-such-article") { id }
      neighborhood(id: "no-such-entity") { nodes { id } }
      path(from: "no-such-entity", to: "deepseek") { length }
    }`);
    expect(res.body).toEqual({
      data: { entity: null, relation: null, article: null, neighborhood: null, path: null },
    });
  });

  it('as filters give empty lists', async () => {
    const res = await api.post('{ relations(subject: "no-such-entity") { totalCount nodes { id } } }');
    expect(res.body).toEqual({ data: { relations: { totalCount: 0, nodes: [] } } });
  });
});

describe('Neo4j unreachable', () => {
  it('answers SERVICE_UNAVAILABLE within seconds, with no driver message', async () => {
    const down = new Database({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    try {
      const started = Date.now();
      const res = await postGraphQL(
        createApp(new Services({ db: down }), testSettings()),
        null,
        '{ entity(id: "deepseek") { name } }',
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        errors: [
          {
            message: 'The graph database is not available right now. Try again shortly.',
            locations: at(1, 3),
            path: ['entity'],
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String) },
          },
        ],
        data: { entity: null },
      });
    } finally {
      await down.close();
    }
  });
});
