// ranking — every entity's centrality over the relations of the given types, by Graph Data
// Science on an in-memory projection that this statement makes and drops: PAGERANK (along the
// relations' direction: pointed at by many, or by the well pointed at), BETWEENNESS (on how
// many shortest paths between others it lies; directions ignored) or DEGREE (how many of those
// relations it takes part in). Entities without such relations are in it, with their score.
// Parameters: $graph (a projection name no other statement uses), $types (relation types),
// $measure ('PAGERANK', 'BETWEENNESS' or 'DEGREE'), $undirected (ignore directions).
// Used by: GraphQL Query.ranking (src/graphql/ranking/).
MATCH (s:Entity)
OPTIONAL MATCH (s)-[r]->(t:Entity)
  WHERE type(r) IN $types
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END}) AS g
CALL (g) {
  WITH g WHERE $measure = 'PAGERANK'
  CALL gds.pageRank.stream(g.graphName, {concurrency: 1}) YIELD nodeId, score
  RETURN nodeId, score
  UNION ALL
  WITH g WHERE $measure = 'BETWEENNESS'
  CALL gds.betweenness.stream(g.graphName, {concurrency: 1}) YIELD nodeId, score
  RETURN nodeId, score
  UNION ALL
  WITH g WHERE $measure = 'DEGREE'
  CALL gds.degree.stream(g.graphName, {concurrency: 1}) YIELD nodeId, score
  RETURN nodeId, score
}
WITH g, collect({id: gds.util.asNode(nodeId).id, score: score}) AS scores
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND scores AS s
RETURN s.id AS id, round(s.score, 6) AS score
ORDER BY score DESC, id
