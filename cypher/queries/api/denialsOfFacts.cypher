// denialsOfFacts — the denials that reject each of several facts ("who disputes this?").
// A denial lists the fact ids it rejects in its `denies` property.
// Parameters: $ids (list of fact ids).
// Used by: GraphQL Relation.deniedBy (one query per request level, via DataLoader).
MATCH (d:Entity)-[den:DENIES]->(o:Entity)
UNWIND [id IN den.denies WHERE id IN $ids] AS denied
RETURN denied, type(den) AS type, properties(den) AS fact, properties(d) AS subject, properties(o) AS object
ORDER BY denied, den.id
