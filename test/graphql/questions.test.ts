/**
 * The named questions of the API against the seed graph, checked on the whole response: who
 * accused DeepSeek, who investigates it, what the Navy bans, which accusations Beijing denies,
 * the disputed claims with both sides' quotes, and the Microsoft → DeepSeek path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedApi } from './support/graphql.js';

const ARTICLE = 'efa1921cf80bbea2';
const BEIJING_QUOTE = 'Peking wies die US-Vorwürfe eines möglichen Datenklaus zurück.';
const SACKS_QUOTE =
  'Laut David Sacks, dem kürzlich ernannten „AI- und Krypto-Zar“ der US-Regierung, gibt es „substantielle Hinweise“, dass DeepSeek durch eine Technik namens „Knowledge Distillation“ OpenAIs Modelle extrahiert und für die eigene Entwicklung genutzt hat.';
const OPENAI_DEEPSEEK_QUOTE =
  'Laut OpenAI nutzen Unternehmen wie DeepSeek die Forschung und Modelle führender US-Firmen, um eigene KI-Systeme schneller und kostengünstiger zu entwickeln.';

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open();
});
afterAll(() => api.close());

describe('the named questions', () => {
  it('who accused DeepSeek: the accusations with their quotes, where they stand in the article', async () => {
    const res = await api.post(`{
      accusations(accused: "deepseek") {
        totalCount
        nodes { id subject { id name } modality confidence sources { quote position article { id } } }
      }
    }`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        accusations: {
          totalCount: 2,
          nodes: [
            {
              id: 'david-sacks-accuses-deepseek-distillation',
              subject: { id: 'david-sacks', name: 'David Sacks' },
              modality: 'ALLEGED',
              confidence: 0.95,
              sources: [{ quote: SACKS_QUOTE, position: 834, article: { id: ARTICLE } }],
            },
            {
              id: 'openai-accuses-deepseek-distillation',
              subject: { id: 'openai', name: 'OpenAI' },
              modality: 'ALLEGED',
              confidence: 0.9,
              sources: [{ quote: OPENAI_DEEPSEEK_QUOTE, position: 125, article: { id: ARTICLE } }],
            },
          ],
        },
      },
    });
  });

  it('the same answer from the entity: DeepSeek.accusedBy', async () => {
    const res = await api.post(
      `{ entity(id: "deepseek") { name accusedBy { nodes { subject { name } } } } }`,
    );
    expect(res.body).toEqual({
      data: {
        entity: {
          name: 'DeepSeek',
          accusedBy: { nodes: [{ subject: { name: 'David Sacks' } }, { subject: { name: 'OpenAI' } }] },
        },
      },
    });
  });

  it('who investigates DeepSeek, about what, and who said so', async () => {
    const res = await api.post(`{
      entity(id: "deepseek") {
        investigatedBy {
          totalCount
          nodes { id subject { id kind } qualifiers { about when } modality statedBy { id name } }
        }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        entity: {
          investigatedBy: {
            totalCount: 3,
            nodes: [
              {
                id: 'microsoft-investigates-unauthorized-use-of-openai-data',
                subject: { id: 'microsoft', kind: 'Organization' },
                qualifiers: { about: 'whether OpenAI data was used without permission', when: 'currently' },
                modality: 'CONFIRMED',
                statedBy: null,
              },
              {
                id: 'national-security-council-investigates-deepseek-risks',
                subject: { id: 'national-security-council', kind: 'GovernmentBody' },
                qualifiers: { about: 'possible (national security) risks', when: 'already' },
                modality: 'CONFIRMED',
                statedBy: { id: 'karoline-leavitt', name: 'Karoline Leavitt' },
              },
              {
                id: 'white-house-investigates-deepseek-national-security',
                subject: { id: 'white-house', kind: 'GovernmentBody' },
                qualifiers: {
                  about: 'the economic and national security implications of the accusations',
                  when: 'already',
                },
                modality: 'CONFIRMED',
                statedBy: null,
              },
            ],
          },
        },
      },
    });
  });

  it('what the US Navy bans, for whom and why', async () => {
    const res = await api.post(`{
      bans(banner: "us-navy") {
        totalCount
        nodes { id object { id name kind } qualifiers { about reason scope role when } cameo sources { quote } }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        bans: {
          totalCount: 1,
          nodes: [
            {
              id: 'us-navy-bans-deepseek-app',
              object: { id: 'deepseek-app', name: 'DeepSeek app', kind: 'Product' },
              qualifiers: {
                about: 'use of the DeepSeek app',
                reason: 'possible security and ethics problems',
                scope: 'its personnel',
                role: null,
                when: null,
              },
              cameo: '172',
              sources: [
                {
                  quote:
                    'Die US-Navy hat die Nutzung der DeepSeek-App für ihr Personal verboten – Grund seien mögliche Sicherheits- und Ethikprobleme.',
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('which accusations Beijing (chinese-government) denies: the denial and the facts it rejects', async () => {
    const res = await api.post(`{
      entity(id: "chinese-government") {
        denies {
          nodes { id object { id } sources { quote } denies { id type subject { id } object { id } } }
        }
      }
    }`);
    const denied = (id: string, type: string, subject: string, object: string) => ({
      id,
      type,
      subject: { id: subject },
      object: { id: object },
    });
    expect(res.body).toEqual({
      data: {
        entity: {
          denies: {
            nodes: [
              {
                id: 'chinese-government-denies-us-data-theft-accusations',
                object: { id: 'united-states' },
                sources: [{ quote: BEIJING_QUOTE }],
                denies: [
                  denied('openai-accuses-chinese-ai-companies', 'ACCUSES', 'openai', 'chinese-ai-companies'),
                  denied('openai-accuses-deepseek-distillation', 'ACCUSES', 'openai', 'deepseek'),
                  denied(
                    'openai-accuses-chinese-companies-knowledge-distillation',
                    'ACCUSES',
                    'openai',
                    'chinese-ai-companies',
                  ),
                  denied('david-sacks-accuses-deepseek-distillation', 'ACCUSES', 'david-sacks', 'deepseek'),
                  denied(
                    'deepseek-uses-knowledge-distillation',
                    'USES',
                    'deepseek',
                    'knowledge-distillation',
                  ),
                  denied('deepseek-uses-openai-models', 'USES', 'deepseek', 'openai-models'),
                ],
              },
            ],
          },
        },
      },
    });
  });

  it('disputed claims: the accusations someone denies, with both sides’ quotes', async () => {
    const res = await api.post(`{
      disputedClaims(first: 2) {
        totalCount
        pageInfo { hasNextPage }
        nodes { id subject { id } sources { quote } deniedBy { subject { name } sources { quote } } }
      }
    }`);
    const beijing = [{ subject: { name: 'Chinese government' }, sources: [{ quote: BEIJING_QUOTE }] }];
    expect(res.body).toEqual({
      data: {
        disputedClaims: {
          totalCount: 4,
          pageInfo: { hasNextPage: true },
          nodes: [
            {
              id: 'david-sacks-accuses-deepseek-distillation',
              subject: { id: 'david-sacks' },
              sources: [{ quote: SACKS_QUOTE }],
              deniedBy: beijing,
            },
            {
              id: 'openai-accuses-chinese-ai-companies',
              subject: { id: 'openai' },
              sources: [
                {
                  quote:
                    'Der US-amerikanische KI-Pionier OpenAI, Entwickler von ChatGPT, hat schwere Vorwürfe gegen chinesische Konkurrenten erhoben.',
                },
              ],
              deniedBy: beijing,
            },
          ],
        },
      },
    });
  });

  it('disputed claims of another type: the USES facts Beijing denies', async () => {
    const res = await api.post(`{ disputedClaims(type: [USES]) { totalCount nodes { id } } }`);
    expect(res.body).toEqual({
      data: {
        disputedClaims: {
          totalCount: 2,
          nodes: [{ id: 'deepseek-uses-knowledge-distillation' }, { id: 'deepseek-uses-openai-models' }],
        },
      },
    });
  });
});

describe('paths', () => {
  it('Microsoft → DeepSeek: one hop, the investigation, with its evidence', async () => {
    const res = await api.post(`{
      path(from: "microsoft", to: "deepseek") {
        length
        nodes { id name }
        relations { id type subject { id } object { id } sources { quote article { id } } }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        path: [
          {
            length: 1,
            nodes: [
              { id: 'microsoft', name: 'Microsoft' },
              { id: 'deepseek', name: 'DeepSeek' },
            ],
            relations: [
              {
                id: 'microsoft-investigates-unauthorized-use-of-openai-data',
                type: 'INVESTIGATES',
                subject: { id: 'microsoft' },
                object: { id: 'deepseek' },
                sources: [
                  {
                    quote:
                      'Besonders brisant: Microsoft, einer der größten Investoren von OpenAI, untersucht derzeit, ob OpenAI-Daten unerlaubt verwendet wurden.',
                    article: { id: ARTICLE },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
  });

  it('Microsoft → Beijing: four hops, relations in their own direction; none within maxHops 3', async () => {
    const res = await api.post(`{
      four: path(from: "microsoft", to: "chinese-government", maxHops: 6) {
        length nodes { id } relations { id subject { id } object { id } }
      }
      three: path(from: "microsoft", to: "chinese-government", maxHops: 3) { length }
    }`);
    const rel = (id: string, subject: string, object: string) => ({
      id,
      subject: { id: subject },
      object: { id: object },
    });
    expect(res.body).toEqual({
      data: {
        four: [
          {
            length: 4,
            nodes: [
              { id: 'microsoft' },
              { id: 'deepseek' },
              { id: 'donald-trump' },
              { id: 'united-states' },
              { id: 'chinese-government' },
            ],
            relations: [
              rel('microsoft-investigates-unauthorized-use-of-openai-data', 'microsoft', 'deepseek'),
              rel('donald-trump-comments-on-deepseek-wake-up-call', 'donald-trump', 'deepseek'),
              rel('donald-trump-holds-position-us-president', 'donald-trump', 'united-states'),
              rel(
                'chinese-government-denies-us-data-theft-accusations',
                'chinese-government',
                'united-states',
              ),
            ],
          },
        ],
        three: [],
      },
    });
  });

  it('every allowed maxHops searches to its own bound (the query has one branch per bound)', async () => {
    const bounds = [1, 2, 3, 4, 5, 6];
    const res = await api.post(
      `{ ${bounds.map((n) => `h${n}: path(from: "microsoft", to: "chinese-government", maxHops: ${n}) { length }`).join(' ')} }`,
    );
    expect(res.body).toEqual({
      data: Object.fromEntries(bounds.map((n) => [`h${n}`, n < 4 ? [] : [{ length: 4 }]])),
    });
  });

  it('a path from an entity to itself has length 0; an unknown entity gives null', async () => {
    const res = await api.post(`{
      same: path(from: "us-navy", to: "us-navy") { length nodes { id } relations { id } }
      unknown: path(from: "microsoft", to: "no-such-entity") { length }
    }`);
    expect(res.body).toEqual({
      data: { same: [{ length: 0, nodes: [{ id: 'us-navy' }], relations: [] }], unknown: null },
    });
  });
});
