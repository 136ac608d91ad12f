// curateEntities — every entity with its names: `newsgraph draft` finds their mentions in an
// article's text, `newsgraph check` suggests ids and notes entities a file would change.
// Parameters: none.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  e.description AS description
ORDER BY id
