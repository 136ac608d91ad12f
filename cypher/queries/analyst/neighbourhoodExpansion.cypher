// neighbourhoodExpansion — everything within $hops facts of an entity, by APOC's path expander:
// each entity reached (once, at its fewest hops) with the facts along one way there, for Browser's
// graph view and as rows. Unlike a variable-length MATCH, the expander visits each entity once
// (no path explosion in dense neighbourhoods) and takes a relationship filter as a string.
// Parameters: $id (string) — the entity; $hops (integer) — how far; $filter (string) — APOC
//   relationship filter, '' for every relation type, e.g. 'ACCUSES|DENIES' or '>ACCUSES'.
// Example:
//   :param id => 'deepseek'
//   :param hops => 2
//   :param filter => ''
MATCH (start:Entity {id: $id})
CALL apoc.path.spanningTree(start, {
  maxLevel: toInteger($hops),
  relationshipFilter: $filter,
  labelFilter: '+Entity',
  bfs: true
}) YIELD path
WITH path, last(nodes(path)) AS reached
WHERE length(path) > 0
RETURN reached.id AS id, reached.name AS name, length(path) AS hops,
       [r IN relationships(path) | r.id] AS via, path
ORDER BY hops, id
