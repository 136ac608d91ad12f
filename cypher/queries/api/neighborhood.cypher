// neighborhood — the entities within $hops relations of an entity (either direction) and the
// relations among them: a subgraph for visualisation. No row when the entity is missing.
// Parameters: $id (entity id), $hops (int, 1 to 3), $types (list of relation type names to
//   follow and return, or null for all), $asOf (ISO date-time: only facts first reported before
//   it, the graph as known then — the API derives their values then with factsAsOf; or null).
// Used by: GraphQL Query.neighborhood.
// Cypher takes no parameter as a path length bound, so one branch per allowed $hops; only the
// branch whose guard holds expands anything.
MATCH (c:Entity {id: $id})
CALL (c) {
  WITH c WHERE $hops = 1
  MATCH (c)-[rs:{{FACT_TYPES}}*0..1]-(n:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.firstReported < datetime($asOf)))
  RETURN n
  UNION
  WITH c WHERE $hops = 2
  MATCH (c)-[rs:{{FACT_TYPES}}*0..2]-(n:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.firstReported < datetime($asOf)))
  RETURN n
  UNION
  WITH c WHERE $hops = 3
  MATCH (c)-[rs:{{FACT_TYPES}}*0..3]-(n:Entity)
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.firstReported < datetime($asOf)))
  RETURN n
}
WITH c, n
ORDER BY n.name, n.id
WITH c, collect(n) AS ns
CALL (ns) {
  UNWIND ns AS s
  MATCH (s)-[r:{{FACT_TYPES}}]->(o:Entity)
  WHERE o IN ns AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.firstReported < datetime($asOf))
  WITH r, s, o
  ORDER BY r.id
  RETURN collect({ type: type(r), fact: properties(r), subject: properties(s), object: properties(o) }) AS edges
}
RETURN [n IN ns | properties(n)] AS nodes, edges
