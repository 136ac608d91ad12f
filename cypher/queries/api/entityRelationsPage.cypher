// entityRelationsPage — the relations of each of several entities: one page per entity, sorted
// by fact id. One query answers a whole level of a GraphQL request (DataLoader batches the ids).
// Parameters: $ids (list of entity ids), $direction ('OUT': the entity is the subject, 'IN': the
//   object, 'BOTH'), $types (list of relation type names, or null for all), $other (id of the
//   entity at the other end, or null), $article (id of an article the fact must cite, or null),
//   $after (fact id of the last relation of the previous page, or null), $limit (int, per entity).
// Used by: GraphQL Entity.relations / accuses / accusedBy / …, Query.relations(subject:|object:).
UNWIND $ids AS anchor
MATCH (e:Entity {id: anchor})
CALL (e) {
  MATCH (e)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]-(:Entity)
  WHERE ($direction <> 'OUT' OR startNode(r) = e)
    AND ($direction <> 'IN' OR endNode(r) = e)
    AND ($types IS NULL OR type(r) IN $types)
    AND ($other IS NULL OR (CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END).id = $other)
    AND ($article IS NULL OR $article IN r.sourceArticleIds)
    AND ($after IS NULL OR r.id > $after)
  WITH DISTINCT r
  ORDER BY r.id
  LIMIT toInteger($limit)
  RETURN r, startNode(r) AS s, endNode(r) AS o
}
RETURN anchor, type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
ORDER BY anchor, r.id
