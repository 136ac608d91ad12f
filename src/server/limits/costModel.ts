/**
 * What the cost model knows about newsgraph's resolvers (src/graphql/resolvers, loaders/):
 * which fields read from Neo4j, and how long the lists without a `first` argument are assumed to
 * be. Root fields and paged fields (those with `first`) always read; they are not listed here.
 */

/**
 * Nested fields that go through a DataLoader: one query per nesting level for all items of the
 * level. Everything else nested (subject, object, qualifiers, sources, a connection's nodes and
 * edges, a path's nodes) comes with its parent's record.
 */
export const READS_FROM_NEO4J: ReadonlySet<string> = new Set([
  'Relation.statedBy',
  'Relation.deniedBy',
  'Relation.denies',
  'Source.article',
  'Article.text',
  'Article.entities',
  'RelationConnection.totalCount',
  'EntityConnection.totalCount',
  'ArticleConnection.totalCount',
]);

/**
 * Items assumed for a list without `first`. Paged lists are bounded by their page size; these
 * are bounded by the data (a fact's sources, an article's entities), so the model takes a
 * generous typical size. A list not named here counts as DEFAULT_LIST_SIZE; introspection lists
 * are measured on the schema itself (queryCost.ts).
 */
export const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  /** Articles that state one fact. */
  'Relation.sources': 3,
  /** Denials of one fact; facts one denial rejects. */
  'Relation.deniedBy': 3,
  'Relation.denies': 3,
  /** Entities one article names. */
  'Article.entities': 30,
  /** A path has at most 6 relations (`maxHops`), so 7 nodes. */
  'Path.nodes': 7,
  'Path.relations': 6,
  /** A neighbourhood, as drawn by the explorer. */
  'Subgraph.nodes': 100,
  'Subgraph.edges': 200,
};

export const DEFAULT_LIST_SIZE = 10;

/**
 * Cost of one round trip to Neo4j, in rows: network, planning and a transaction cost the same
 * whatever the query returns, so each level that reads is weighed like a batch of rows.
 */
export const ROUND_TRIP_COST = 50;
