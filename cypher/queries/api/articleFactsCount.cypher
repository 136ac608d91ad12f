// articleFactsCount — how many relations (facts) articles state: one count per entry of $keys,
// each with its own article and type filter. One query counts a whole level of a GraphQL request
// (every Article.facts totalCount at that level); each row names its entry by `key`, its index
// in $keys.
// Parameters: $keys (list of maps, one per count: anchor — article id; types — list of relation
//   type names, or null for all). Example (Neo4j Browser):
//   :param keys => [{anchor: 'efa1921cf80bbea2', types: null}, {anchor: 'efa1921cf80bbea2', types: ['ACCUSES']}]
// Used by: GraphQL RelationConnection.totalCount under Article.facts (only when asked for).
UNWIND range(0, size($keys) - 1) AS key
WITH key, $keys[key] AS k
MATCH (a:Article {id: k.anchor})
CALL (a, k) {
  MATCH (a)-[:MENTIONS]->(:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
  WHERE a.id IN r.sourceArticleIds
    AND (k.types IS NULL OR type(r) IN k.types)
  RETURN count(r) AS total
}
RETURN key, total
