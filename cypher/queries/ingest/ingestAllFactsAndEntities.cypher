// ingestAllFactsAndEntities — the element ids of every fact and the ids of every entity, for
// deriving all their values at once (after an initial import, or a migration to claims).
// Parameters: none.
CALL () { MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity) RETURN collect(elementId(r)) AS facts }
CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entities }
RETURN facts, entities
