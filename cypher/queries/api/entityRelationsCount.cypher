// entityRelationsCount — how many relations there are around entities: one count per entry of
// $keys, each with its own entity and filters (those of entityRelationsPage, without the page).
// One query counts a whole level of a GraphQL request (every totalCount asked at that level);
// each row names its entry by `key`, the entry's index in $keys.
// Parameters: $keys (list of maps, one per count: anchor — entity id; direction — 'OUT' | 'IN' |
//   'BOTH'; types — list of relation type names, or null; other — entity id at the other end, or
//   null; article — article id the fact must cite, or null; asOf, reportedFrom, reportedTo — as
//   in entityRelationsPage, or null; keys left out count as null). Example (Neo4j Browser):
//   :param keys => [{anchor: 'deepseek', direction: 'IN', types: ['ACCUSES'], other: null, article: null}, {anchor: 'openai', direction: 'BOTH', types: null, other: null, article: null}]
// Used by: GraphQL RelationConnection.totalCount under Entity.relations & co (only when asked for).
UNWIND range(0, size($keys) - 1) AS key
WITH key, $keys[key] AS k
MATCH (e:Entity {id: k.anchor})
CALL (e, k) {
  MATCH (e)-[r:{{FACT_TYPES}}]-(:Entity)
  WHERE (k.direction <> 'OUT' OR startNode(r) = e)
    AND (k.direction <> 'IN' OR endNode(r) = e)
    AND (k.types IS NULL OR type(r) IN k.types)
    AND (k.other IS NULL OR (CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END).id = k.other)
    AND (k.article IS NULL OR k.article IN r.sourceArticleIds)
    AND (k.asOf IS NULL OR r.firstReported < datetime(k.asOf))
    AND (k.reportedFrom IS NULL OR r.firstReported >= datetime(k.reportedFrom))
    AND (k.reportedTo IS NULL OR r.firstReported < datetime(k.reportedTo))
  RETURN count(DISTINCT r) AS total
}
RETURN key, total
