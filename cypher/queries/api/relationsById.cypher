// relationsById — the relations (facts) with these ids, of any type, with both entities.
// Naming every type lets the planner seek each type's unique fact-id index.
// Parameters: $ids (list of fact ids).
// Used by: GraphQL Query.relation, Relation.denies (one query per request level, via DataLoader).
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
