/**
 * Queries as API clients write them: two and three levels of nested lists, page sizes from 10 to
 * 100, fragments, variables, Relay edges. Each must pass the default query limits and validate
 * against the introspected schema (realisticQueries.test.ts). Ids are the seed graph's (seed/).
 */
export interface RealisticQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const REALISTIC_QUERIES: RealisticQuery[] = [
  {
    name: 'who accuses DeepSeek, and whom else they accuse and investigate',
    query: `{ entity(id: "deepseek") { name accusedBy(first: 10) { nodes { summary subject { name
      accuses(first: 10) { nodes { object { name } summary } }
      investigates(first: 10) { nodes { object { name } } } } } } } }`,
  },
  {
    name: 'a page of entities with their relations',
    query: `{ entities(first: 100) { totalCount nodes { id name kind
      relations(first: 20) { totalCount nodes { type object { id name } } } } } }`,
  },
  {
    name: 'organisations with the accusations they make and face (Relay edges)',
    query: `{ entities(kind: Organization, first: 50) { pageInfo { hasNextPage endCursor } edges { cursor node { name
      accuses(first: 20) { nodes { summary object { name } } }
      accusedBy(first: 20) { nodes { summary subject { name } } } } } } }`,
  },
  {
    name: 'three levels of relations around OpenAI',
    query: `{ entity(id: "openai") { relations(first: 20) { nodes { type object { name
      relations(first: 20) { nodes { type object { name
        relations(first: 10) { nodes { type object { name } } } } } } } } } } }`,
  },
  {
    name: 'a full page of facts with their evidence',
    query: `{ relations(first: 100) { nodes { id type summary modality confidence subject { name } object { name }
      qualifiers { about when } sources { quote position article { title url publishedAt } } } } }`,
  },
  {
    name: 'articles with their facts',
    query: `{ articles(first: 20) { nodes { title publishedAt
      facts(first: 100) { totalCount nodes { type summary subject { name } object { name } } } } } }`,
  },
  {
    name: 'articles with their facts and the denials of each',
    query: `{ articles(first: 10) { nodes { title
      facts(first: 50) { nodes { summary deniedBy { summary subject { name } } } } } } }`,
  },
  {
    name: 'disputed claims with both sides',
    query: `{ disputedClaims(first: 50) { totalCount nodes { summary subject { name } sources { quote article { title } }
      deniedBy { summary subject { name } sources { quote } } } } }`,
  },
  {
    name: 'search hits with their relations',
    query: `{ search(text: "deepseek", first: 10) { score entity { name
      relations(first: 50) { nodes { type summary object { name } } } } } }`,
  },
  {
    name: 'investigations with what else each investigator investigates',
    query: `{ investigations(first: 50) { nodes { summary
      subject { name investigates(first: 20) { nodes { object { name } } } }
      object { name investigatedBy(first: 20) { totalCount } } } } }`,
  },
  {
    name: 'bans three levels deep',
    query: `{ bans(first: 10) { nodes { subject { name bans(first: 10) { nodes { object { name
      bannedBy(first: 10) { nodes { subject { name } } } } } } } } } }`,
  },
  {
    name: 'page sizes in a variable',
    query: `query Accusers($id: ID!, $n: Int) { entity(id: $id) { accusedBy(first: $n) { nodes { subject { name
      accuses(first: $n) { nodes { object { name } } } } } } } }`,
    variables: { id: 'deepseek', n: 50 },
  },
  {
    name: 'paging through relations with Relay edges and a variable page size',
    query: `query Page($first: Int!, $after: String) { relations(first: $first, after: $after) {
      edges { cursor node { id summary subject { id name kind
        relations(first: 10, direction: OUT) { totalCount edges { node { id type } } } } } }
      pageInfo { endCursor hasNextPage } } }`,
    variables: { first: 100, after: null },
  },
  {
    name: 'paths with the evidence of each step',
    query: `{ path(from: "microsoft", to: "chinese-government", maxHops: 6, first: 10) { length
      nodes { name relations(first: 10) { totalCount } }
      relations { type summary sources { quote article { title } } } } }`,
  },
  {
    name: 'a neighbourhood with details for each node and edge',
    query: `{ neighborhood(id: "deepseek", hops: 2) {
      nodes { id label entity { aliases roles accusedBy(first: 10) { totalCount } } }
      edges { source target relation { summary sources { quote } } } } }`,
  },
  {
    name: 'an article with the relations of every entity it names',
    query: `{ article(id: "efa1921cf80bbea2") { title
      entities { name kind relations(first: 20) { nodes { type summary } } }
      facts(first: 100) { nodes { summary } } } }`,
  },
  {
    name: 'three levels written with a fragment',
    query: `query { entity(id: "deepseek") { ...Around } }
      fragment Around on Entity { name relations(first: 10) { nodes { type subject { name
        relations(first: 10) { nodes { type object { name
          relations(first: 10) { nodes { type summary } } } } } } } } }`,
  },
  {
    name: 'entities with the counts of four kinds of relation',
    query: `{ entities(first: 100) { nodes { name accuses(first: 10) { totalCount } accusedBy(first: 10) { totalCount }
      bans(first: 10) { totalCount } deniedBy(first: 10) { totalCount } } } }`,
  },
  {
    name: 'a hundred accusations with fifty more of each accuser',
    query: `{ accusations(first: 100) { nodes { summary subject { name
      accuses(first: 50) { totalCount nodes { object { name } } } } } } }`,
  },
  {
    name: 'three levels: fifty relations, ten of each neighbour, ten of theirs',
    query: `{ relations(first: 50) { nodes { subject { name relations(first: 10) { nodes { object { name
      relations(first: 10) { nodes { id type } } } } } } } } }`,
  },
];
