// ingestEntityIds — every entity id in the graph, for "did you mean …" when a fact file refers
// to an entity that is not there. Read only when a load has such a reference.
// Parameters: none.
MATCH (e:Entity)
RETURN e.id AS id
