// entitiesById — the entities with these ids (missing ids have no row).
// Parameters: $ids (list of entity ids).
// Used by: GraphQL Query.entity, Relation.statedBy (one query per request level, via DataLoader).
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, properties(e) AS entity
