// shortestPaths — the shortest connections between two entities, whatever the direction of each
// relation, with every relation on the way. No row when either entity is missing; one row with
// empty paths when they are not connected within $maxHops.
// Parameters: $from, $to (entity ids), $maxHops (int, 1 to 6), $limit (int: how many paths).
// Used by: GraphQL Query.path.
// The pattern's upper bound is a literal (6, the API's maximum) because Cypher takes no
// parameter there; $maxHops then filters, which keeps exactly the shortest paths within it.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = ALL SHORTEST (a)-[:{{FACT_TYPES}}]-{0,6}(b)
  WHERE length(p) <= $maxHops
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT toInteger($limit)
  RETURN collect({
    nodes: [n IN nodes(p) | properties(n)],
    relations: [r IN relationships(p) | {
      type: type(r), fact: properties(r), subject: properties(startNode(r)), object: properties(endNode(r))
    }]
  }) AS paths
}
RETURN coalesce(paths, []) AS paths
