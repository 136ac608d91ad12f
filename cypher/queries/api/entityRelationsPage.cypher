// entityRelationsPage — pages of the relations around entities, sorted by fact id: one page per
// entry of $keys, each with its own entity and filters. One query answers a whole level of a
// GraphQL request, whatever the fields ask: `accuses(first: 5)`, `accusedBy(first: 5)`, … `deniedBy`
// of every entity at that level are entries of one $keys (DataLoader batches them). Each entry
// starts at its entity (an index seek on Entity.id) and expands its relationships; each row
// names its entry by `key`, the entry's index in $keys.
// Parameters: $keys (list of maps, one per page: anchor — entity id; direction — 'OUT' (the
//   entity is the subject), 'IN' (the object) or 'BOTH'; types — list of relation type names, or
//   null for all; other — id of the entity at the other end, or null; article — id of an article
//   the fact must cite, or null; after — fact id of the last relation of the previous page, or
//   null; limit — page size, int). Example (Neo4j Browser):
//   :param keys => [{anchor: 'deepseek', direction: 'IN', types: ['ACCUSES'], other: null, article: null, after: null, limit: 5}, {anchor: 'deepseek', direction: 'OUT', types: ['DENIES'], other: null, article: null, after: null, limit: 5}]
// Used by: GraphQL Entity.relations / accuses / accusedBy / …, Query.relations(subject:|object:).
UNWIND range(0, size($keys) - 1) AS key
WITH key, $keys[key] AS k
MATCH (e:Entity {id: k.anchor})
// LIMIT cannot depend on a row, so each page is its sorted relations sliced to the key's limit.
WITH key, COLLECT {
  MATCH (e)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]-(:Entity)
  WHERE (k.direction <> 'OUT' OR startNode(r) = e)
    AND (k.direction <> 'IN' OR endNode(r) = e)
    AND (k.types IS NULL OR type(r) IN k.types)
    AND (k.other IS NULL OR (CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END).id = k.other)
    AND (k.article IS NULL OR k.article IN r.sourceArticleIds)
    AND (k.after IS NULL OR r.id > k.after)
  RETURN DISTINCT r ORDER BY r.id
}[..toInteger(k.limit)] AS page
UNWIND page AS r
RETURN key, type(r) AS type, properties(r) AS fact, properties(startNode(r)) AS subject, properties(endNode(r)) AS object
ORDER BY key, r.id
