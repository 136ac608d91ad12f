// shortestPaths — the shortest connections between two entities, whatever the direction of each
// relation, with every relation on the way. No row when either entity is missing; one row with
// empty paths when they are not connected within $maxHops.
// Parameters: $from, $to (entity ids), $maxHops (int, 1 to 6), $limit (int: how many paths),
//   $asOf (ISO date-time: only relations first reported before it, the graph as known then — the
//   API derives their values then with factsAsOf; or null). The relations are filtered inside
//   the pattern, so the shortest paths are those of the graph then, not later ones cut short.
// Used by: GraphQL Query.path.
// The pattern's upper bound is a literal (6, the API's maximum) because Cypher takes no
// parameter there; $maxHops then filters, which keeps exactly the shortest paths within it.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = ALL SHORTEST (a)(()-[r:{{FACT_TYPES}}]-() WHERE $asOf IS NULL OR r.firstReported < datetime($asOf)){0,6}(b)
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
