/**
 * Requests that ask for many relation lists at each nesting level, with different arguments:
 * the benchmark's question b and mixes of pages, cursors and counts (test/graphql/batchedLevels).
 */
import { parseEnv } from '../../../src/config/env.js';
import { queryLimits } from '../../../src/server/queryLimits.js';
import { QUESTIONS } from '../../../bench/harness/questions.js';

/** The production limits but for depth and cost, as the benchmark runs ours: the defaults refuse question b. */
export const BENCH_LIMITS = { ...queryLimits(parseEnv()), maxDepth: 16, maxCost: 100_000_000 };

/** The benchmark's question b, as the bench sends it: 8 relation fields, two levels. */
export const QUESTION_B = QUESTIONS.b.ours;

/** One level asking for the same list with many argument sets, with counts and page info. */
export const MIXED = `query M($id: ID!, $after: String) {
  entity(id: $id) {
    all: relations(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id type } }
    next: relations(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } }
    out: relations(direction: OUT, first: 2) { totalCount nodes { id object { id } } }
    inTyped: relations(direction: IN, type: [ACCUSES, INVESTIGATES], first: 100) {
      totalCount nodes { id subject { id accuses(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } } } }
    }
    none: relations(first: 0) { totalCount pageInfo { hasNextPage } nodes { id } }
    accusedBy(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
    sourced: accusedBy(first: 2) { totalCount nodes { id sources { article { id
      facts(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
      accusations: facts(type: [ACCUSES], first: 10) { totalCount nodes { id subject { id } } }
      later: facts(first: 5, after: $after) { totalCount nodes { id } }
    } } } }
  }
}`;

/** Root fields anchored on entities and the article, batched together at the root level. */
export const ROOTS = `query R($after: String) {
  accusations(accused: "deepseek", first: 2) { totalCount pageInfo { hasNextPage } nodes { id } }
  between: relations(subject: "openai", object: "deepseek") { totalCount nodes { id type } }
  outOfOpenai: relations(subject: "openai", first: 4, after: $after) { totalCount nodes { id } }
  denials: relations(article: "efa1921cf80bbea2", type: [DENIES]) { totalCount nodes { id } }
  articleFacts: relations(article: "efa1921cf80bbea2", first: 7) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

/** A relation cursor as the API writes it (src/graphql/pagination/cursor.ts). */
export const cursorOf = (factId: string) =>
  Buffer.from(JSON.stringify(['relation', factId])).toString('base64url');
export const AFTER = cursorOf('david-sacks-accuses-deepseek-distillation');
export const B_ENTITIES = [
  'deepseek',
  'openai',
  'white-house',
  'chinese-government',
  'us-navy',
  'no-such-entity',
];
