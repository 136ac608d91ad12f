// actorNeighbourhood — the entities within N hops of an actor over facts (in either direction),
// each with its distance: N = 1 are the actor's direct counterparts.
// Parameters: $entityId (string) — the actor's id; $hops (integer, 1 to 4).
// Example:
//   :param entityId => 'karoline-leavitt'
//   :param hops => 2
// Cypher takes no parameter as a path-length bound, so the pattern stops at 4 hops (edit both
// 4s to look further). The first MATCH finds each entity once (a pruning breadth-first search);
// shortestPath then gives its distance.
MATCH (centre:Entity {id: $entityId})
MATCH (centre)-[:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF*1..4]-(other:Entity)
WITH DISTINCT centre, other
WHERE other <> centre
MATCH p = shortestPath((centre)-[:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF*..4]-(other))
WITH other, length(p) AS hops
WHERE hops <= $hops
RETURN other.id AS id, other.name AS name, other.kind AS kind, hops
ORDER BY hops, name
