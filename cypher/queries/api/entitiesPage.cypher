// entitiesPage — one page of entities sorted by (name, id), optionally of one kind.
// Parameters: $kind (EntityKind label such as 'Person', or null for all), $afterName and $afterId
//   (sort key of the last entity of the previous page, or null for the first page), $limit (int).
// Used by: GraphQL Query.entities (keyset pagination: no offsets, stable under inserts).
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
RETURN properties(e) AS entity
ORDER BY e.name, e.id
LIMIT toInteger($limit)
