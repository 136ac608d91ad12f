/**
 * The queries of the load benchmark: what the explorer and API clients ask of the seed graph,
 * one request each, cycled by every connection. Ids are the seed's (seed/).
 */
export interface MixedQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const page =
  'totalCount pageInfo { hasNextPage endCursor } nodes { id type summary subject { id name } object { id name } }';

export const QUERY_MIX: MixedQuery[] = [
  { name: 'stats', query: '{ stats { entities relations articles } }' },
  {
    name: 'entity',
    query:
      'query ($id: ID!) { entity(id: $id) { id name kind aliases roles relations(first: 10) { ' +
      page +
      ' } } }',
    variables: { id: 'deepseek' },
  },
  { name: 'entities', query: '{ entities(first: 20) { totalCount nodes { id name kind } } }' },
  {
    name: 'search',
    query: 'query ($t: String!) { search(text: $t, first: 10) { score entity { id name kind } } }',
    variables: { t: 'weisses haus' },
  },
  {
    name: 'relation',
    query:
      'query ($id: ID!) { relation(id: $id) { id type summary modality confidence qualifiers { about reason when } sources { quote position article { id title } } deniedBy { id summary } } }',
    variables: { id: 'openai-accuses-deepseek-distillation' },
  },
  { name: 'relations', query: '{ relations(type: [ACCUSES, BANS], first: 20) { ' + page + ' } }' },
  { name: 'accusations', query: '{ accusations(accused: "deepseek") { ' + page + ' } }' },
  {
    name: 'disputedClaims',
    query:
      '{ disputedClaims { nodes { id summary sources { quote } deniedBy { id summary sources { quote } } } } }',
  },
  {
    name: 'path',
    query:
      '{ path(from: "openai", to: "white-house", maxHops: 4) { length nodes { id name } relations { id type } } }',
  },
  {
    name: 'neighborhood',
    query:
      '{ neighborhood(id: "deepseek", hops: 2) { nodes { id label kind } edges { id source target type label } } }',
  },
  {
    name: 'article',
    query:
      '{ article(id: "efa1921cf80bbea2") { id title language facts(first: 50) { totalCount nodes { id type } } entities { id name } } }',
  },
];
