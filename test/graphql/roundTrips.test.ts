/**
 * Bounded database work: a request costs one query per root field and one per DataLoader per
 * nesting level, never one per returned item. Counted at the driver (Database.onQuery) for deep
 * nested requests that return hundreds of items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPath } from '../../src/ingest/loadPath.js';
import { corpusFile } from '../claims/corpus.js';
import { SeedApi } from './support/graphql.js';

const CORPUS_FILES = ['01', '02', '03', '04', '05', '06', '07'];

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

// Last in this file: it adds the made-up corpus (dated articles, test/fixtures/corpus) to the
// seed graph, so that `asOf` finds facts (the seed's article has no date).
describe('round trips of the story over time', () => {
  beforeAll(async () => {
    await loadPath(api.db, CORPUS_FILES.map(corpusFile));
  });

  it('timeline → claims → subject → relations as of a day → claims: one query per loader and level', async () => {
    const res = await api.post(`{
      timeline(first: 100) { totalCount nodes {
        firstReported { text } articleCount outletCount
        claims { article { title } }
        subject { relations(asOf: "2025-02-05", first: 100) { totalCount nodes {
          outletCount claims { deprecated { on } article { title } }
        } } }
      } }
    }`);
    expect(res.body).not.toHaveProperty('errors');
    // timelinePage, timelineCount; claimsOfFacts with entityRelationsPage + Count (level 2);
    // articlesById of level 1's claims with factsAsOf (level 2's facts as known then). Level 2's
    // claims and articles were loaded on level 1 already (DataLoader's per-request cache).
    expect(res.queries).toBe(7);
    expect(countKeys(res.body, 'title')).toBeGreaterThan(500);
  });

  // One request per root field: root fields resolve at different times, so their nested levels
  // batch separately; within one, each level costs one query per loader.
  it.each([
    [
      // relationsFiltered, factsAsOf; relationsFilteredCount; claimsOfFacts, denialsOfFacts,
      // entityRelationsPage + Count; articlesById, factsAsOf (the accusedBy lists, and the
      // denials as known then). Their claims were loaded on level 1 already (the same facts:
      // DataLoader's per-request cache).
      10,
      `relations(asOf: "2025-02-05", minSources: 1, orderBy: SOURCES, first: 100) { totalCount nodes {
        claims { article { title } } deniedBy { id }
        object { accusedBy(asOf: "2025-02-05") { totalCount nodes { id claims { quote } } } } } }`,
    ],
    // neighborhood, factsAsOf, claimsOfFacts.
    [
      3,
      `neighborhood(id: "deepseek", hops: 2, asOf: "2025-02-05") { edges { relation { claims { quote } } } }`,
    ],
    // shortestPaths, factsAsOf (every path's facts at once), claimsOfFacts.
    [
      3,
      `path(from: "google", to: "deepseek", asOf: "2025-02-05") { relations { outletCount claims { quote } } }`,
    ],
    // disputedClaimsPage, factsAsOf, claimsOfFacts, denialsOfFacts, factsAsOf (the denials as known then).
    [5, `disputedClaims(asOf: "2025-02-05") { nodes { id claims { quote } deniedBy { id } } }`],
    // articlesFiltered, articlesFilteredCount, articleFactsPage.
    [
      3,
      `articles(orderBy: PUBLISHED, from: "2025-02", first: 100) { totalCount nodes { title facts(first: 100) { nodes { id } } } }`,
    ],
  ])('%i queries: %s', async (queries, field) => {
    const res = await api.post(`{ ${field} }`);
    expect(res.body).not.toHaveProperty('errors');
    expect(res.queries).toBe(queries);
  });
});

describe('round trips of the graph algorithms', () => {
  it('ranking → entity → community and relations: one GDS statement per computation, then one query per loader level', async () => {
    const field = (first: number) =>
      `{ ranking(measure: DEGREE, first: ${first}) { entity { community { id } relations(first: 100) { nodes { id } } } } }`;
    const cold = await api.post(field(100));
    expect(cold.body).not.toHaveProperty('errors');
    // ranking (GDS), entitiesById, communities (GDS), entityRelationsPage.
    expect(cold.queries).toBe(4);
    // Both computations kept: only the loaders' queries (another `first`, so not the response cache).
    const warm = await api.post(field(99));
    expect(warm.body).not.toHaveProperty('errors');
    expect(warm.queries).toBe(2);
  });
});
