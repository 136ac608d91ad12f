// relationsCount — how many relations (facts) there are, optionally of some types.
// Parameters: $types (list of relation type names, or null for all).
// Used by: GraphQL RelationConnection.totalCount of Query.relations (run only when asked for).
MATCH (:Entity)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]->(:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN count(r) AS total
