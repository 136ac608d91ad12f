/**
 * The benchmark questions, each written for newsgraph's API and (a to d) for the peer
 * (@neo4j/graphql), asking for the same information; parameters rotate over the corpus probes
 * (corpus/probes.ts) in the same order for every system.
 *
 *   a  who accused X — the accusations against an entity, with their sources (20 per page);
 *   b  an entity with its relations two levels deep: accusations, investigations, bans and
 *      denials in both directions (5 of each, by fact id), and the same again for each neighbour;
 *   c  full-text search over names and aliases (10 hits);
 *   d  the shortest path of at most 3 hops between two entities, with the facts on it;
 *   e  the timeline of an entity: its facts in the order they happened (20), with their claims;
 *   f  who accused X as known on a day (20): the facts first reported by then, each with its
 *      values derived again from the claims visible then.
 * e and f have no peer question (@neo4j/graphql has no notion of either): ours ÷ driver only.
 */
import type { Probes } from '../corpus/probes.js';
import { fieldBase } from '../peer/typeDefs.js';

export type QuestionKey = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
export const QUESTION_KEYS: QuestionKey[] = ['a', 'b', 'c', 'd', 'e', 'f'];

export interface Question {
  key: QuestionKey;
  title: string;
  ours: string;
  /** The same question for the peer; absent where the peer cannot ask it. */
  peer?: string;
  variables(p: Probes, i: number): Record<string, unknown>;
  /** The list the answer is about: empty means the probe found nothing (counted, not an error). */
  oursItems(data: Record<string, unknown>): unknown[] | undefined;
  peerItems?(data: Record<string, unknown>): unknown[] | undefined;
}

/** The day `f` asks about: mid-corpus (the generated articles are published through 2024). */
const AS_OF_DAY = '2024-06-30';

const at = <T>(list: T[], i: number) => list[i % list.length]!;
type Json = Record<string, unknown>;
const get = (data: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Json)[k as string]), data);
const asList = (v: unknown) => (Array.isArray(v) ? v : undefined);

const FACT = 'id summary modality confidence';
const SORT = 'sort: [{ edge: { id: ASC } }]';

// b: the four named relation types of the API, both directions, in each system's own words.
const OURS_B_FIELDS: [string, 'subject' | 'object'][] = [
  ['accuses', 'object'],
  ['accusedBy', 'subject'],
  ['investigates', 'object'],
  ['investigatedBy', 'subject'],
  ['bans', 'object'],
  ['bannedBy', 'subject'],
  ['denies', 'object'],
  ['deniedBy', 'subject'],
];
// Written with fragments, as a client would: the query text stays small (our API limits tokens).
const oursLevel = (inner: string) =>
  OURS_B_FIELDS.map(([f, end]) => `${f}(first: 5) { nodes { ...F ${end} { id name kind ${inner} } } }`).join(
    ' ',
  );
const PEER_B_FIELDS = ['ACCUSES', 'INVESTIGATES', 'BANS', 'DENIES'].flatMap((t) => [
  `${fieldBase(t)}Out`,
  `${fieldBase(t)}In`,
]);
const peerLevel = (inner: string) =>
  PEER_B_FIELDS.map(
    (f) =>
      `${f}Connection(first: 5, ${SORT}) { edges { properties { ...F } node { id name kind ${inner} } } }`,
  ).join(' ');
const OURS_B = [
  'query B($id: ID!) { entity(id: $id) { id name kind ...L1 } }',
  `fragment F on Relation { ${FACT} }`,
  `fragment L1 on Entity { ${oursLevel('...L2')} }`,
  `fragment L2 on Entity { ${oursLevel('')} }`,
].join('\n');
const PEER_B = [
  'query B($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind ...L1 } }',
  `fragment F on Fact { ${FACT} }`,
  `fragment L1 on Entity { ${peerLevel('...L2')} }`,
  `fragment L2 on Entity { ${peerLevel('')} }`,
].join('\n');

export const QUESTIONS: Record<QuestionKey, Question> = {
  a: {
    key: 'a',
    title: 'who accused X, with sources',
    ours: `query A($id: ID!) { accusations(accused: $id, first: 20) { nodes { ${FACT} subject { id name } object { id name } sources { quote position article { id title } } } } }`,
    peer: `query A($id: ID!) { entities(where: { id: { eq: $id } }) { id name accusesInConnection(first: 20, ${SORT}) { edges { properties { ${FACT} sourceArticleIds sourceQuotes sourceStarts } node { id name } } } } }`,
    variables: (p, i) => ({ id: at(p.accused, i) }),
    oursItems: (d) => asList(get(d, 'accusations', 'nodes')),
    peerItems: (d) => asList(get(d, 'entities', 0, 'accusesInConnection', 'edges')),
  },
  b: {
    key: 'b',
    title: 'entity with relations two levels deep',
    ours: OURS_B,
    peer: PEER_B,
    variables: (p, i) => ({ id: at(p.entities, i) }),
    oursItems: (d) => (get(d, 'entity') ? [get(d, 'entity')] : undefined),
    peerItems: (d) => asList(get(d, 'entities')),
  },
  c: {
    key: 'c',
    title: 'search by name or alias',
    ours: `query C($text: String!) { search(text: $text, first: 10) { score entity { id name kind aliases } } }`,
    peer: `query C($text: String!) { searchEntities(phrase: $text, first: 10) { edges { score node { id name kind aliases } } } }`,
    variables: (p, i) => ({ text: at(p.search, i) }),
    oursItems: (d) => asList(get(d, 'search')),
    peerItems: (d) => asList(get(d, 'searchEntities', 'edges')),
  },
  d: {
    key: 'd',
    title: 'shortest path, at most 3 hops',
    ours: `query D($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 3, first: 1) { length nodes { id name } relations { id type summary subject { id } object { id } sources { quote } } } }`,
    peer: `query D($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 3) { type id summary subjectId subjectName objectId objectName sourceArticleIds sourceQuotes } }`,
    variables: (p, i) => at(p.paths, i),
    oursItems: (d) => asList(get(d, 'path')),
    peerItems: (d) => asList(get(d, 'path')),
  },
  e: {
    key: 'e',
    title: 'timeline of an entity, with claims',
    ours: `query E($id: ID!) { timeline(entity: $id, first: 20) { nodes { ${FACT} happened { text from } firstReported { text from } subject { id name } object { id name } claims { quote modality article { id publishedAt } } } } }`,
    variables: (p, i) => ({ id: at(p.entities, i) }),
    oursItems: (d) => asList(get(d, 'timeline', 'nodes')),
  },
  f: {
    key: 'f',
    title: 'who accused X, as known on a day',
    ours: `query F($id: ID!) { accusations(accused: $id, asOf: "${AS_OF_DAY}", first: 20) { nodes { ${FACT} articleCount outletCount subject { id name } sources { quote article { id } } } } }`,
    variables: (p, i) => ({ id: at(p.accused, i) }),
    oursItems: (d) => asList(get(d, 'accusations', 'nodes')),
  },
};
