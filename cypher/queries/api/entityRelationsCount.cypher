// entityRelationsCount — how many relations each of several entities has (same filters as
// entityRelationsPage, without the page).
// Parameters: $ids (list of entity ids), $direction ('OUT' | 'IN' | 'BOTH'), $types (list of
//   relation type names, or null), $other (entity id at the other end, or null), $article
//   (article id the fact must cite, or null).
// Used by: GraphQL RelationConnection.totalCount under Entity.relations & co (only when asked for).
UNWIND $ids AS anchor
MATCH (e:Entity {id: anchor})
CALL (e) {
  MATCH (e)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]-(:Entity)
  WHERE ($direction <> 'OUT' OR startNode(r) = e)
    AND ($direction <> 'IN' OR endNode(r) = e)
    AND ($types IS NULL OR type(r) IN $types)
    AND ($other IS NULL OR (CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END).id = $other)
    AND ($article IS NULL OR $article IN r.sourceArticleIds)
  RETURN count(DISTINCT r) AS total
}
RETURN anchor, total
