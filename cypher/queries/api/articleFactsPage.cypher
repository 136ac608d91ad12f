// articleFactsPage — pages of the relations (facts) articles state, sorted by fact id: one page
// per entry of $keys, each with its own article and filters. One query answers a whole level of
// a GraphQL request (every Article.facts asked at that level, whatever its arguments). Each
// entry starts at its article (index seek on Article.id) and follows its MENTIONS to the
// subjects, so no relationship scan; each row names its entry by `key`, its index in $keys.
// Parameters: $keys (list of maps, one per page: anchor — article id; types — list of relation
//   type names, or null for all; after — fact id of the last relation of the previous page, or
//   null; limit — page size, int). Example (Neo4j Browser):
//   :param keys => [{anchor: 'efa1921cf80bbea2', types: null, after: null, limit: 5}, {anchor: 'efa1921cf80bbea2', types: ['ACCUSES'], after: null, limit: 5}]
// Used by: GraphQL Article.facts, Query.relations(article:).
UNWIND range(0, size($keys) - 1) AS key
WITH key, $keys[key] AS k
MATCH (a:Article {id: k.anchor})
// LIMIT cannot depend on a row, so each page is its sorted facts sliced to the key's limit.
WITH key, COLLECT {
  MATCH (a)-[:MENTIONS]->(:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
  WHERE a.id IN r.sourceArticleIds
    AND (k.types IS NULL OR type(r) IN k.types)
    AND (k.after IS NULL OR r.id > k.after)
  RETURN r ORDER BY r.id
}[..toInteger(k.limit)] AS page
UNWIND page AS r
RETURN key, type(r) AS type, properties(r) AS fact, properties(startNode(r)) AS subject, properties(endNode(r)) AS object
ORDER BY key, r.id
