/**
 * The analyst queries over Graph Data Science and APOC (cypher/queries/analyst/) against the seed
 * graph, each with its exact answer — and each through Query.cypher, where the plan gate lets it
 * pass (read-only GDS modes, a projection dropped in the same statement, APOC's path expander)
 * and the answer is the same. Louvain's partition is checked whole and for what holds of any
 * partition: every entity in exactly one community, named by its first member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Params, Row } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { cypherRequest } from './cypherRequest.js';

let db: Database;
let app: App;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  // GDS loads its classes on first use: on a busy machine that alone can pass 5 s.
  app = createApp(new Services({ db }), testSettings({ cypher: { timeoutMs: 60_000 } }));
});
afterAll(() => db.close());

const run = (name: string, params: Params) => db.read(query(name), params, { timeoutMs: 60_000 });
const NETWORK = ['ACCUSES', 'DENIES'];
const SEED_ENTITIES = [
  'cctv',
  'chatgpt',
  'china',
  'chinese-ai-companies',
  'chinese-government',
  'chinese-state-media',
  'david-sacks',
  'deepseek',
  'deepseek-app',
  'deepseek-cyberattackers',
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
];

const projections = async () =>
  (await db.read('CALL gds.graph.list() YIELD graphName RETURN graphName')).map((r) => r.graphName);

describe('centrality in the accusation network', () => {
  it('accusationPageRank: DeepSeek, accused by OpenAI and David Sacks, first; accusers at the base score', async () => {
    expect(await run('accusationPageRank', { graph: 'pr', types: NETWORK, limit: 10 })).toEqual([
      { id: 'deepseek', name: 'DeepSeek', score: 0.32 },
      { id: 'united-states', name: 'United States', score: 0.2775 },
      { id: 'chinese-ai-companies', name: 'Chinese AI companies', score: 0.235 },
      { id: 'chinese-government', name: 'Chinese government', score: 0.15 },
      { id: 'david-sacks', name: 'David Sacks', score: 0.15 },
      { id: 'openai', name: 'OpenAI', score: 0.15 },
    ]);
    expect(await projections()).toEqual([]);
  });

  it('accusationBetweenness: DeepSeek and OpenAI lie between the others', async () => {
    expect(await run('accusationBetweenness', { graph: 'bc', types: NETWORK, limit: 3 })).toEqual([
      { id: 'deepseek', name: 'DeepSeek', betweenness: 2 },
      { id: 'openai', name: 'OpenAI', betweenness: 2 },
      { id: 'chinese-ai-companies', name: 'Chinese AI companies', betweenness: 0 },
    ]);
  });
});

describe('blocs and islands over every relation', () => {
  it('connectedComponents: the seed article’s entities form one island', async () => {
    expect(await run('connectedComponents', { graph: 'wcc' })).toEqual([
      { component: 'cctv', size: 21, members: SEED_ENTITIES },
    ]);
  });

  it('louvainCommunities: four blocs — the US side around DeepSeek, China, OpenAI, the app and its rivals', async () => {
    const rows = await run('louvainCommunities', { graph: 'louvain' });
    expect(rows).toEqual([
      {
        community: 'david-sacks',
        size: 8,
        members: [
          'David Sacks',
          'DeepSeek',
          'Unknown attackers (DeepSeek cyberattacks)',
          'Karoline Leavitt',
          'Knowledge distillation',
          'National Security Council',
          'US government',
          'White House',
        ],
      },
      {
        community: 'cctv',
        size: 6,
        members: [
          'CCTV',
          'China',
          'Chinese government',
          'Chinese state media',
          'Donald Trump',
          'United States',
        ],
      },
      {
        community: 'chinese-ai-companies',
        size: 4,
        members: ['Chinese AI companies', 'Microsoft', 'OpenAI', 'OpenAI models'],
      },
      { community: 'chatgpt', size: 3, members: ['ChatGPT', 'DeepSeek app', 'US Navy'] },
    ]);
  });

  it('louvainCommunities gives the same partition every time, each entity in one community', async () => {
    const again = await run('louvainCommunities', { graph: 'louvain-again' });
    expect(again).toEqual(await run('louvainCommunities', { graph: 'louvain' }));
    expect(again.reduce((n: number, r: Row) => n + Number(r.size), 0)).toBe(SEED_ENTITIES.length);
  });
});

describe('who is accused alongside whom', () => {
  it('similarAccused: Chinese AI companies and DeepSeek share OpenAI as accuser', async () => {
    expect(await run('similarAccused', { graph: 'sim' })).toEqual([
      { accused: 'chinese-ai-companies', alongside: 'deepseek', similarity: 0.5, sharedAccusers: ['openai'] },
    ]);
  });
});

describe('APOC path expansion', () => {
  it('neighbourhoodExpansion: each entity once, at its fewest hops, with the facts on the way', async () => {
    const rows = await run('neighbourhoodExpansion', {
      id: 'david-sacks',
      hops: 2,
      filter: 'ACCUSES|DENIES',
    });
    expect(rows.map(({ path: _path, ...r }) => r)).toEqual([
      { id: 'deepseek', name: 'DeepSeek', hops: 1, via: ['david-sacks-accuses-deepseek-distillation'] },
      {
        id: 'openai',
        name: 'OpenAI',
        hops: 2,
        via: ['david-sacks-accuses-deepseek-distillation', 'openai-accuses-deepseek-distillation'],
      },
    ]);
    const path = rows[1]!.path as { nodes: { properties: { id: string } }[] };
    expect(path.nodes.map((n) => n.properties.id)).toEqual(['david-sacks', 'deepseek', 'openai']);
  });
});

describe('through Query.cypher', () => {
  const examples: [string, Params][] = [
    ['accusationPageRank', { graph: 'api-pr', types: NETWORK, limit: 10 }],
    ['accusationBetweenness', { graph: 'api-bc', types: NETWORK, limit: 10 }],
    ['connectedComponents', { graph: 'api-wcc' }],
    ['louvainCommunities', { graph: 'api-louvain' }],
    ['similarAccused', { graph: 'api-sim' }],
    ['neighbourhoodExpansion', { id: 'deepseek', hops: 1, filter: '' }],
  ];

  it.each(examples)(
    '%s passes the gate and answers as in Neo4j, leaving no projection',
    async (name, params) => {
      const answer = await cypherRequest(app, query(name), params);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.cypher.rows.length).toBeGreaterThan(0);
      expect(answer.data!.cypher.rows).toEqual(await run(name, params));
      expect(await projections()).toEqual([]);
    },
  );
});
