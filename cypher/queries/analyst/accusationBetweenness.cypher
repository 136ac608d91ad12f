// accusationBetweenness — who bridges camps in the accusation network: betweenness centrality
// (Graph Data Science) over the accusations and denials, directions ignored — how many shortest
// paths between other entities run through each. Zero for an entity at the edge of the network.
// One statement projects, computes and drops (as accusationPageRank).
// Parameters: $graph (string) — a name for the projection no other running query uses;
//   $types (list of relation types) — the network's relations; $limit (integer) — how many.
// Example:
//   :param graph => 'accusation-betweenness'
//   :param types => ['ACCUSES', 'DENIES']
//   :param limit => 10
MATCH (s:Entity)-[r]->(t:Entity)
  WHERE type(r) IN $types
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
CALL gds.betweenness.stream(g.graphName, {concurrency: 1}) YIELD nodeId, score
WITH g, collect({entity: gds.util.asNode(nodeId), score: score}) AS scores
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND scores AS s
RETURN s.entity.id AS id, s.entity.name AS name, round(s.score, 4) AS betweenness
ORDER BY betweenness DESC, id
LIMIT toInteger($limit)
