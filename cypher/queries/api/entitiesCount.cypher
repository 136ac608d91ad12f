// entitiesCount — how many entities there are, optionally of one kind.
// Parameters: $kind (EntityKind label such as 'Person', or null for all).
// Used by: GraphQL EntityConnection.totalCount of Query.entities (run only when asked for).
MATCH (e:Entity)
WHERE $kind IS NULL OR e.kind = $kind
RETURN count(e) AS total
