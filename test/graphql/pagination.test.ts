/**
 * Relay pagination against the seed graph: keyset cursors (stable, opaque), pages that join up
 * to the whole sorted list, totalCount counted by its own query and only when asked for.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedApi } from './support/graphql.js';

interface Page {
  totalCount?: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

const seed = JSON.parse(
  readFileSync(new URL('../../seed/000_efa1921cf80bbea2.facts.json', import.meta.url), 'utf8'),
) as {
  facts: Array<{ id: string }>;
};
const FACT_IDS = seed.facts.map((f) => f.id).sort();

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open();
});
afterAll(() => api.close());

const PAGE = `query($first: Int, $after: String) {
  relations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`;

async function relationsPage(first: number, after?: string | null): Promise<Page> {
  const res = await api.post(PAGE, { first, after });
  return (res.body as { data: { relations: Page } }).data.relations;
}

describe('relations pagination', () => {
  it('the first page: sorted by fact id, with totalCount and where it ends', async () => {
    const page = await relationsPage(3);
    const cursors = page.edges.map((e) => e.cursor);
    expect(page).toEqual({
      totalCount: 32,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursors[0], endCursor: cursors[2] },
      edges: [
        { cursor: cursors[0], node: { id: 'cctv-part-of-chinese-state-media' } },
        { cursor: cursors[1], node: { id: 'cctv-reports-deepseek-cyberattacks' } },
        { cursor: cursors[2], node: { id: 'china-competes-with-united-states-ai-race' } },
      ],
    });
    for (const c of cursors) expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(cursors).size).toBe(3);
  });

  it('pages joined up are the whole list, each fact once; the last page says so', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await relationsPage(10, after);
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(FACT_IDS);
  });

  it('cursors are stable: the same item has the same cursor in any page that holds it', async () => {
    const first = await relationsPage(5);
    const second = await relationsPage(5, first.pageInfo.endCursor);
    const both = await relationsPage(10);
    expect(both.edges).toEqual([...first.edges, ...second.edges]);
    expect(await relationsPage(5)).toEqual(first);
  });

  it('keyset, not offset: a fact added before the cursor does not shift the next page', async () => {
    const first = await relationsPage(5);
    const next = await relationsPage(5, first.pageInfo.endCursor);
    await api.db.write(
      `MATCH (s:Entity {id: 'openai'}), (o:Entity {id: 'deepseek'})
       CREATE (s)-[:ACCUSES {id: 'aaa-test-fact', summary: 'x', modality: 'alleged', confidence: 1.0,
         sourceArticleIds: [], sourceQuotes: [], sourceStarts: []}]->(o)`,
    );
    try {
      const after = await relationsPage(5, first.pageInfo.endCursor);
      expect(after).toEqual({ ...next, totalCount: 33 });
    } finally {
      await api.db.write(`MATCH ()-[r:ACCUSES {id: 'aaa-test-fact'}]->() DELETE r`);
    }
  });

  it('first: 0 gives an empty page that still says whether items exist', async () => {
    expect(await relationsPage(0)).toEqual({
      totalCount: 32,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});

describe('totalCount', () => {
  it('is counted by its own query, and only when asked for', async () => {
    const without = await api.post('{ relations(first: 2) { nodes { id } } }');
    const withCount = await api.post('{ relations(first: 2) { totalCount nodes { id } } }');
    expect(without.queries).toBe(1);
    expect(withCount.queries).toBe(2);
    expect(withCount.body).toEqual({
      data: {
        relations: {
          totalCount: 32,
          nodes: [{ id: 'cctv-part-of-chinese-state-media' }, { id: 'cctv-reports-deepseek-cyberattacks' }],
        },
      },
    });
  });

  it('counts what the filters select, across pages', async () => {
    const res = await api.post(`{
      accusations(first: 1) { totalCount nodes { id } }
      entity(id: "deepseek") {
        all: relations { totalCount }
        incoming: relations(direction: IN, first: 2) { totalCount nodes { id } }
        outgoing: relations(direction: OUT, type: [USES, DEVELOPS]) { totalCount nodes { id } }
      }
    }`);
    expect(res.body).toEqual({
      data: {
        accusations: { totalCount: 4, nodes: [{ id: 'david-sacks-accuses-deepseek-distillation' }] },
        entity: {
          all: { totalCount: 15 },
          incoming: {
            totalCount: 10,
            nodes: [
              { id: 'cctv-reports-deepseek-cyberattacks' },
              { id: 'chinese-state-media-report-deepseek-cyberattacks' },
            ],
          },
          outgoing: {
            totalCount: 3,
            nodes: [
              { id: 'deepseek-develops-deepseek-app' },
              { id: 'deepseek-uses-knowledge-distillation' },
              { id: 'deepseek-uses-openai-models' },
            ],
          },
        },
      },
    });
  });
});

describe('entities and articles pagination', () => {
  it('entities by kind, sorted by name, page after page', async () => {
    const first = await api.post(
      '{ entities(kind: Person, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }',
    );
    const page = (first.body as { data: { entities: { pageInfo: { endCursor: string } } } }).data.entities;
    expect(first.body).toEqual({
      data: {
        entities: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: page.pageInfo.endCursor },
          nodes: [
            { id: 'david-sacks', name: 'David Sacks' },
            { id: 'donald-trump', name: 'Donald Trump' },
          ],
        },
      },
    });
    const second = await api.post(
      'query($after: String) { entities(kind: Person, first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { id } } }',
      { after: page.pageInfo.endCursor },
    );
    expect(second.body).toEqual({
      data: {
        entities: {
          pageInfo: { hasNextPage: false, hasPreviousPage: true },
          nodes: [{ id: 'karoline-leavitt' }],
        },
      },
    });
  });

  it('articles', async () => {
    const res = await api.post('{ articles { totalCount pageInfo { hasNextPage } nodes { id title } } }');
    expect(res.body).toEqual({
      data: {
        articles: {
          totalCount: 1,
          pageInfo: { hasNextPage: false },
          nodes: [{ id: 'efa1921cf80bbea2', title: 'DeepSeek: Chinas neuer Herausforderer für ChatGPT' }],
        },
      },
    });
  });
});
