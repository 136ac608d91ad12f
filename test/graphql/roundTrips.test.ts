/**
 * Bounded database work: a request costs one query per root field and one per DataLoader per
 * nesting level, never one per returned item. Counted at the driver (Database.onQuery) for deep
 * nested requests that return hundreds of items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedApi } from './support/graphql.js';

// The query limits (depth, cost) are not under test here: this app allows deep queries.
const GENEROUS = {
  maxDepth: 50,
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 100_000,
  maxCost: 1e12,
  maxBodyBytes: 1e6,
};

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open({ limits: GENEROUS });
});
afterAll(() => api.close());

/** Counts the leaves named `key` anywhere in a response. */
function countKeys(value: unknown, key: string): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKeys(v, key), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + countKeys(v, key), 0);
}

describe('round trips per request', () => {
  it('relations → subject → relations → object → relations → sources.article: 4 queries', async () => {
    const res = await api.post(`{
      relations(first: 100) { nodes {
        subject { relations(first: 100) { nodes {
          object { relations(first: 100) { nodes {
            sources { article { title } }
          } } }
        } } }
      } }
    }`);
    expect(res.body).not.toHaveProperty('errors');
    // relationsPage, entityRelationsPage (level 2), entityRelationsPage (level 3), articlesById.
    expect(res.queries).toBe(4);
    expect(countKeys(res.body, 'title')).toBeGreaterThan(500);
  });

  it('every kind of nested field at every level: one query per loader and level', async () => {
    const res = await api.post(`{
      relations(first: 100) { totalCount nodes {
        statedBy { name }
        deniedBy { id }
        denies { id subject { name } }
        subject { relations(first: 100) { totalCount nodes {
          statedBy { name }
          object { accusedBy { totalCount nodes { id } } }
          sources { article { title text entities { id } facts(first: 2) { totalCount nodes { id } } } }
        } } }
      } }
    }`);
    expect(res.body).not.toHaveProperty('errors');
    // Level 1: relationsPage, relationsCount, entitiesById (statedBy), denialsOfFacts,
    // relationsById (denies). Level 2: entityRelationsPage + Count. Level 3: entitiesById
    // (statedBy), entityRelationsPage + Count (accusedBy), articlesById. Level 4: articleTexts,
    // articleEntities, articleFactsPage + Count.
    expect(res.queries).toBe(14);
    expect(countKeys(res.body, 'text')).toBeGreaterThan(100);
  });

  it('claims at two levels, with their articles and who states them: one query per loader and level', async () => {
    const res = await api.post(`{
      relations(first: 100) { nodes {
        claims { summary statedBy { name } article { title } }
        subject { relations(first: 100) { nodes {
          claims { summary modality deprecated { reason } article { title } }
        } } }
      } }
    }`);
    expect(res.body).not.toHaveProperty('errors');
    // relationsPage; claimsOfFacts with entityRelationsPage (the claims and the subjects' lists
    // of level 1); entitiesById and articlesById of level 1's claims batched with level 2's
    // claimsOfFacts; articlesById of level 2's claims — 5, whatever the number of claims.
    expect(res.queries).toBe(5);
    expect(countKeys(res.body, 'summary')).toBeGreaterThan(150);
  });
});
