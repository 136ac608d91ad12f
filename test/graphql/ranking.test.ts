/**
 * Query.ranking, Entity.community and stats.plugins on the seed graph, checked on the whole
 * response: GDS's answers, kept until the graph changes (no GDS query on a repeated request, a
 * new one after a write), a bad `first` named, and PLUGIN_MISSING from a server without GDS.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { postGraphQL, SeedApi } from './support/graphql.js';

let api: SeedApi;
beforeAll(async () => {
  // No response cache: repeated requests must reach the resolvers, whose own cache is under test.
  api = await SeedApi.open({ cache: { ttlMs: 0, maxEntries: 1 } });
});
afterAll(() => api.close());

const RANKINGS = `{
  accusations: ranking(measure: PAGERANK, types: [ACCUSES, DENIES], first: 3) {
    rank score entity { id name community { id size } }
  }
  bridges: ranking(measure: BETWEENNESS, first: 3) { rank score entity { id } }
  busiest: ranking(measure: DEGREE, first: 3) { rank score entity { id } }
}`;

const EXPECTED = {
  data: {
    accusations: [
      {
        rank: 1,
        score: 0.32,
        entity: { id: 'deepseek', name: 'DeepSeek', community: { id: 'david-sacks', size: 8 } },
      },
      {
        rank: 2,
        score: 0.2775,
        entity: { id: 'united-states', name: 'United States', community: { id: 'cctv', size: 6 } },
      },
      {
        rank: 3,
        score: 0.235,
        entity: {
          id: 'chinese-ai-companies',
          name: 'Chinese AI companies',
          community: { id: 'chinese-ai-companies', size: 4 },
        },
      },
    ],
    bridges: [
      { rank: 1, score: 156.5, entity: { id: 'deepseek' } },
      { rank: 2, score: 30.666667, entity: { id: 'donald-trump' } },
      { rank: 3, score: 28.333333, entity: { id: 'deepseek-app' } },
    ],
    busiest: [
      { rank: 1, score: 15, entity: { id: 'deepseek' } },
      { rank: 2, score: 6, entity: { id: 'openai' } },
      { rank: 3, score: 4, entity: { id: 'david-sacks' } },
    ],
  },
};

describe('Query.ranking and Entity.community', () => {
  it('rank by PageRank over accusations and denials, betweenness and degree over everything', async () => {
    const res = await api.post(RANKINGS);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(EXPECTED);
  });

  it('are kept: the same request again runs no GDS statement, only the entity lookups', async () => {
    const sent: string[] = [];
    const stop = api.db.onQuery((q) => sent.push(q));
    const res = await api.post(RANKINGS).finally(stop);
    expect(res.body).toEqual(EXPECTED);
    expect(sent.filter((q) => q.includes('gds.'))).toEqual([]);
    // The three rankings' entities in one entitiesById (one loader, one level); none for communities.
    expect(res.queries).toBe(1);
  });

  it('are computed again after a write', async () => {
    await api.db.write("MATCH (e:Entity {id: 'openai'}) SET e.touched = true REMOVE e.touched");
    const sent: string[] = [];
    const stop = api.db.onQuery((q) => sent.push(q));
    const res = await api.post(RANKINGS).finally(stop);
    expect(res.body).toEqual(EXPECTED);
    expect(sent.filter((q) => q.includes('gds.graph.project')).length).toBe(4);
    const projections = await api.db.read('CALL gds.graph.list() YIELD graphName RETURN graphName');
    expect(projections).toEqual([]);
  });

  it('Entity.community: every entity of a bloc has the same one', async () => {
    const res = await api.post(`{
      a: entity(id: "openai") { community { id size } }
      b: entity(id: "microsoft") { community { id size } }
      c: entity(id: "china") { community { id size } }
    }`);
    expect(res.body).toEqual({
      data: {
        a: { community: { id: 'chinese-ai-companies', size: 4 } },
        b: { community: { id: 'chinese-ai-companies', size: 4 } },
        c: { community: { id: 'cctv', size: 6 } },
      },
    });
  });

  it('names a bad first', async () => {
    const res = await api.post('{ ranking(measure: DEGREE, first: 101) { rank } }');
    expect(res.body).toMatchObject({
      data: null,
      errors: [
        {
          message: 'Argument "first" must be between 0 and 100; got 101.',
          extensions: { code: 'BAD_USER_INPUT', argument: 'first', value: 101 },
        },
      ],
    });
  });

  it('stats.plugins names the server’s APOC and GDS versions', async () => {
    const res = await api.post('{ stats { plugins { apoc gds } } }');
    expect(res.body).toEqual({ data: { stats: { plugins: { apoc: '5.26.0', gds: '2.13.9' } } } });
  });
});

describe('a server without GDS', () => {
  /** The test server as one without GDS: every `gds.` in a statement names nothing there. */
  class WithoutGds extends Database {
    override read(...[q, ...rest]: Parameters<Database['read']>) {
      return super.read(q.replaceAll('gds.', 'nogds.'), ...rest);
    }
  }

  it('answers PLUGIN_MISSING for ranking and community, and stats says gds: null', async () => {
    const db = new WithoutGds(inject('neo4j'), { defaultTimeoutMs: 60_000 });
    try {
      const app = createApp(new Services({ db }), testSettings({ cache: { ttlMs: 0, maxEntries: 1 } }));
      const message =
        'This Neo4j has no Graph Data Science plugin, which rankings and communities need ' +
        '(the local server has it unless NEWSGRAPH_NEO4J_PLUGINS leaves it out).';
      const ranking = await postGraphQL(app, db, '{ ranking(measure: PAGERANK) { rank } }');
      expect(ranking.body).toEqual({
        data: null,
        errors: [
          {
            message,
            locations: [{ line: 1, column: 3 }],
            path: ['ranking'],
            extensions: { code: 'PLUGIN_MISSING', plugin: 'gds' },
          },
        ],
      });
      const community = await postGraphQL(app, db, '{ entity(id: "openai") { id community { id } } }');
      expect(community.body).toEqual({
        data: { entity: null },
        errors: [
          {
            message,
            locations: [{ line: 1, column: 29 }],
            path: ['entity', 'community'],
            extensions: { code: 'PLUGIN_MISSING', plugin: 'gds' },
          },
        ],
      });
      const stats = await postGraphQL(app, db, '{ stats { plugins { apoc gds } } }');
      expect(stats.body).toEqual({ data: { stats: { plugins: { apoc: '5.26.0', gds: null } } } });
    } finally {
      await db.close();
    }
  });
});
