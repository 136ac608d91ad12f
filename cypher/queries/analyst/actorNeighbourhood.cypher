// actorNeighbourhood — the entities within N hops of an actor over facts (in either direction),
// each with its distance: N = 1 are the actor's direct counterparts.
// Parameters: $entityId (string) — the actor's id; $hops (integer, 1 to 4).
// Example:
//   :param entityId => 'karoline-leavitt'
//   :param hops => 2
// Cypher takes no parameter as a path-length bound, so the pattern stops at 4 hops (edit the 4
// to look further). Each step goes from entity to entity, so it follows facts only (never an
// article's MENTIONS); ANY SHORTEST finds each entity once, at its distance.
MATCH (centre:Entity {id: $entityId})
MATCH p = ANY SHORTEST (centre)((:Entity)--(:Entity)){1,4}(other:Entity)
WHERE other <> centre
WITH other, length(p) AS hops
WHERE hops <= $hops
RETURN other.id AS id, other.name AS name, other.kind AS kind, hops
ORDER BY hops, name
