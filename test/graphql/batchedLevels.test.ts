/**
 * One query per nesting level and list kind, whatever the arguments: the relation
 * fields of one level (8 shortcuts with different directions and types, pages with different
 * sizes and cursors, their totalCounts) share one page query and one count query. The answers
 * are compared with those the API gave before that batching (one query per distinct argument
 * set), recorded in expected/batchedLevels.json, so the batching changes only the round trips.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AFTER,
  BENCH_LIMITS,
  B_ENTITIES,
  MIXED,
  QUESTION_B,
  ROOTS,
  cursorOf,
} from './support/batchedQueries.js';
import { SeedApi } from './support/graphql.js';

const expected = JSON.parse(
  readFileSync(new URL('./expected/batchedLevels.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open({ limits: BENCH_LIMITS });
});
afterAll(() => api.close());

describe('one query per nesting level, whatever the field arguments', () => {
  it("the benchmark's question b (two levels × 8 relation fields) costs 3 queries", async () => {
    const res = await api.post(QUESTION_B, { id: 'deepseek' });
    // entitiesById, then entityRelationsPage for level 1 and for level 2.
    expect(res.queries).toBe(3);
    expect(res.body).toEqual(expected['b:deepseek']);
  });

  it.each(B_ENTITIES)('question b for %s answers as before', async (id) => {
    const res = await api.post(QUESTION_B, { id });
    expect(res.queries).toBeLessThanOrEqual(3);
    expect(res.body).toEqual(expected[`b:${id}`]);
  });

  it('pages of different sizes, directions, types and cursors, with counts: one page and one count query per level', async () => {
    const res = await api.post(MIXED, { id: 'deepseek', after: AFTER });
    expect(res.body).not.toHaveProperty('errors');
    // entitiesById; level 1: entityRelationsPage + Count; level 2: entityRelationsPage + Count
    // (subject.accuses), articlesById; level 3: articleFactsPage + Count.
    expect(res.queries).toBe(8);
    expect(res.body).toEqual(expected['mixed:deepseek']);
  });

  it('root fields anchored on entities and an article share the loaders too', async () => {
    const res = await api.post(ROOTS, { after: cursorOf('openai-accuses-chinese-ai-companies') });
    expect(res.body).not.toHaveProperty('errors');
    // entityRelationsPage + Count, articleFactsPage + Count.
    expect(res.queries).toBe(4);
    expect(res.body).toEqual(expected.roots);
  });
});
