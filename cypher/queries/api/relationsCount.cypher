// relationsCount — how many relations (facts) there are, optionally of some types.
// Parameters: $types (list of relation type names, or null for all).
// Used by: GraphQL RelationConnection.totalCount of Query.relations (run only when asked for).
MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN count(r) AS total
