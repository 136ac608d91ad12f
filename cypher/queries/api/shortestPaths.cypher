// shortestPaths — the shortest connections between two entities, whatever the direction of each
// relation, with every relation on the way; of several equally short ones, the first $limit in
// the order of their relations' fact ids. No row when either entity is missing; one row with
// empty paths when they are not connected within $maxHops.
// Parameters: $from, $to (entity ids), $maxHops (int, 1 to 6), $limit (int: how many paths),
//   $asOf (ISO date-time: only relations first reported before it, the graph as known then — the
//   API derives their values then with factsAsOf; or null). The relations are filtered during
//   the search, so the shortest paths are those of the graph then, not later ones cut short.
// Used by: GraphQL Query.path.
// allShortestPaths searches from both ends at once (breadth first) and stops at the first
// length that connects them: through the hubs of a large graph (entities with thousands of
// relations) that costs a fraction of the one-directional ALL SHORTEST pattern — measured in
// bench/README.md. Its universal predicate on the relations is checked during the search (the
// plan shows it inside the ShortestPath operator, with no exhaustive fallback). Cypher takes no
// parameter as a length bound, and a bound above $maxHops would search deeper than asked when
// the ends are not connected within it, so one branch per allowed $maxHops; only the branch
// whose guard holds searches.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  CALL (a, b) {
    WITH a, b WHERE $maxHops = 1
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..1]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxHops = 2
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..2]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxHops = 3
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..3]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxHops = 4
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..4]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxHops = 5
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..5]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
    UNION ALL
    WITH a, b WHERE $maxHops = 6
    MATCH p = allShortestPaths((a)-[:{{FACT_TYPES}}*0..6]-(b))
    WHERE all(r IN relationships(p) WHERE $asOf IS NULL OR r.firstReported < datetime($asOf))
    RETURN p
  }
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
