// relationsPage — one page of all relations (facts), sorted by fact id, optionally of some types.
// Parameters: $types (list of relation type names, or null for all), $after (fact id of the last
//   relation of the previous page, or null), $limit (int).
// Used by: GraphQL Query.relations without subject/object/article (keyset pagination on fact id).
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($after IS NULL OR r.id > $after)
RETURN type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
ORDER BY r.id
LIMIT toInteger($limit)
