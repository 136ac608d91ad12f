/**
 * The records themselves against the seed graph: an entity with its roles and relations, an
 * article with its text, metadata, facts and mentioned entities, a neighbourhood as flat node
 * and edge lists, a relation by id with its sources (quotes at their place in the text).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedApi } from './support/graphql.js';

const ARTICLE = 'efa1921cf80bbea2';
const TEXT = readFileSync(new URL(`../../seed/000_${ARTICLE}.txt`, import.meta.url), 'utf8');
/** Source positions count Unicode code points (the text holds emoji outside the BMP). */
const CODE_POINTS = [...TEXT];

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open();
});
afterAll(() => api.close());

describe('entities', () => {
  it('an entity with its aliases, roles and relations', async () => {
    const res = await api.post(`{
      entity(id: "karoline-leavitt") {
        id name kind aliases roles description
        relations { nodes { id type object { id } qualifiers { role } } }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        entity: {
          id: 'karoline-leavitt',
          name: 'Karoline Leavitt',
          kind: 'Person',
          aliases: ['Karoline Leavitt', 'Leavitt'],
          roles: ['spokesperson of White House'],
          description: 'White House spokesperson (press secretary).',
          relations: {
            nodes: [
              {
                id: 'karoline-leavitt-holds-position-white-house-spokesperson',
                type: 'HOLDS_POSITION',
                object: { id: 'white-house' },
                qualifiers: { role: 'spokesperson' },
              },
            ],
          },
        },
      },
    });
  });
});

describe('articles', () => {
  it('an article with its text, metadata, facts and mentioned entities', async () => {
    const res = await api.post(`{
      article(id: "${ARTICLE}") {
        id title language outlet author publishedAt url textSha256 factCount loadedAt text
        facts(type: [BANS, INVESTS_IN]) { totalCount nodes { id } }
        entities { id }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        article: {
          id: ARTICLE,
          title: 'DeepSeek: Chinas neuer Herausforderer für ChatGPT',
          language: 'de',
          outlet: null,
          author: null,
          publishedAt: null,
          url: null,
          textSha256: '93e6c5744b922236c592a26b4533f80d81f9068898b4043b745de7b5a3602b45',
          factCount: 32,
          loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
          text: TEXT,
          facts: {
            totalCount: 2,
            nodes: [{ id: 'microsoft-invests-in-openai' }, { id: 'us-navy-bans-deepseek-app' }],
          },
          // Sorted by name (code point order: "US Navy" before "US government").
          entities: [
            'cctv',
            'chatgpt',
            'china',
            'chinese-ai-companies',
            'chinese-government',
            'chinese-state-media',
            'david-sacks',
            'deepseek',
            'deepseek-app',
            'donald-trump',
            'karoline-leavitt',
            'knowledge-distillation',
            'microsoft',
            'national-security-council',
            'openai',
            'openai-models',
            'us-navy',
            'us-government',
            'united-states',
            'deepseek-cyberattackers',
            'white-house',
          ].map((id) => ({ id })),
        },
      },
    });
  });

  it('every source quote stands in the article text at its position (in code points)', async () => {
    const res = await api.post(
      `{ relations(first: 100) { nodes { id sources { quote position article { id } } } } }`,
    );
    const nodes = (
      res.body as {
        data: { relations: { nodes: Array<{ sources: Array<{ quote: string; position: number }> }> } };
      }
    ).data.relations.nodes;
    expect(nodes).toHaveLength(32);
    for (const { sources } of nodes)
      for (const s of sources)
        expect(CODE_POINTS.slice(s.position, s.position + [...s.quote].length).join('')).toBe(s.quote);
  });

  it('a relation by id', async () => {
    const res = await api.post(`{
      relation(id: "deepseek-uses-openai-models") {
        id type summary modality confidence statedBy { id } cameo subject { id } object { id }
        qualifiers { about reason when role scope }
        deniedBy { id } denies { id }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        relation: {
          id: 'deepseek-uses-openai-models',
          type: 'USES',
          summary:
            "According to David Sacks, DeepSeek extracted OpenAI's models and used them for its own development.",
          modality: 'ALLEGED',
          confidence: 0.9,
          statedBy: { id: 'david-sacks' },
          cameo: null,
          subject: { id: 'deepseek' },
          object: { id: 'openai-models' },
          qualifiers: {
            about: 'its own development',
            reason: 'extracted via knowledge distillation',
            when: null,
            role: null,
            scope: null,
          },
          deniedBy: [{ id: 'chinese-government-denies-us-data-theft-accusations' }],
          denies: [],
        },
      },
    });
  });
});

describe('neighborhood', () => {
  it('two hops around the US Navy: flat nodes and edges with source and target', async () => {
    const res = await api.post(`{
      neighborhood(id: "us-navy", hops: 2) {
        nodes { id label kind }
        edges { id source target type label relation { sources { quote } } }
      }
    }`);
    const edge = (id: string, source: string, target: string, type: string, label: string) => ({
      id,
      source,
      target,
      type,
      label,
      relation: { sources: [{ quote: expect.any(String) }] },
    });
    expect(res.body).toEqual({
      data: {
        neighborhood: {
          nodes: [
            { id: 'chatgpt', label: 'ChatGPT', kind: 'Product' },
            { id: 'deepseek', label: 'DeepSeek', kind: 'Organization' },
            { id: 'deepseek-app', label: 'DeepSeek app', kind: 'Product' },
            { id: 'us-navy', label: 'US Navy', kind: 'GovernmentBody' },
          ],
          edges: [
            edge(
              'deepseek-app-competes-with-chatgpt',
              'deepseek-app',
              'chatgpt',
              'COMPETES_WITH',
              'competes with',
            ),
            edge('deepseek-develops-deepseek-app', 'deepseek', 'deepseek-app', 'DEVELOPS', 'develops'),
            edge(
              'deepseek-restricts-new-registrations',
              'deepseek',
              'deepseek-app',
              'RESTRICTS',
              'restricts',
            ),
            edge('us-navy-bans-deepseek-app', 'us-navy', 'deepseek-app', 'BANS', 'bans'),
          ],
        },
      },
    });
  });

  it('only the relation types asked for are followed and returned', async () => {
    const res = await api.post(`{
      neighborhood(id: "deepseek-app", types: [BANS, COMPETES_WITH]) { nodes { id } edges { id } }
    }`);
    expect(res.body).toEqual({
      data: {
        neighborhood: {
          nodes: [{ id: 'chatgpt' }, { id: 'deepseek-app' }, { id: 'us-navy' }],
          edges: [{ id: 'deepseek-app-competes-with-chatgpt' }, { id: 'us-navy-bans-deepseek-app' }],
        },
      },
    });
  });
});
