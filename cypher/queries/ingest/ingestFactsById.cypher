// ingestFactsById — which of these fact ids are already in the graph, with their type, ends and sources?
// The loader checks that a fact id keeps its subject, type and object across articles, and that
// denied facts exist; it adds sources to the facts found (by element id, in the same transaction).
// Every relation type is named, so each type's unique index on id is sought.
// Parameters: $ids (list of string): fact ids.
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, s.id AS subject, o.id AS object, r.sourceArticleIds AS sourceArticleIds,
       elementId(r) AS elementId
