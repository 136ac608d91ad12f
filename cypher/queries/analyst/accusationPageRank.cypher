// accusationPageRank — who is central in the accusation network: PageRank (Graph Data Science)
// over the accusations and denials between entities, along their direction — an entity ranks
// high when it is accused or denied by many, or by those who are themselves pointed at by many.
// Projects the network into memory, ranks, and drops the projection, all in this one statement
// (so it also runs through Query.cypher, which refuses a projection left behind).
// Parameters: $graph (string) — a name for the projection no other running query uses;
//   $types (list of relation types) — the network's relations; $limit (integer) — how many.
// Example:
//   :param graph => 'accusation-pagerank'
//   :param types => ['ACCUSES', 'DENIES']
//   :param limit => 10
MATCH (s:Entity)-[r]->(t:Entity)
  WHERE type(r) IN $types
WITH gds.graph.project($graph, s, t) AS g
CALL gds.pageRank.stream(g.graphName, {concurrency: 1}) YIELD nodeId, score
WITH g, collect({entity: gds.util.asNode(nodeId), score: score}) AS scores
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND scores AS s
RETURN s.entity.id AS id, s.entity.name AS name, round(s.score, 4) AS score
ORDER BY score DESC, id
LIMIT toInteger($limit)
