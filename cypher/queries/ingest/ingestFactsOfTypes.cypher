// ingestFactsOfTypes — which of these facts are already in the graph under their own type: one
// unique-index seek per fact, in its type's index (ingestFactsById seeks every type's index).
// The loader runs this inside its write transaction, after checkFileSet ran ingestFactsById over
// every id before the load (which also catches an id held by another type).
// Parameters: $idsByType (map: relation type → list of fact ids; types without facts may be absent).
// :param idsByType => {BANS: ['us-navy-bans-deepseek-app'], ACCUSES: ['openai-accuses-deepseek-distillation']}
CALL () {
  UNWIND coalesce($idsByType.ACCUSES, []) AS id MATCH (s)-[r:ACCUSES {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.INVESTIGATES, []) AS id MATCH (s)-[r:INVESTIGATES {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.BANS, []) AS id MATCH (s)-[r:BANS {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.RESTRICTS, []) AS id MATCH (s)-[r:RESTRICTS {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.DENIES, []) AS id MATCH (s)-[r:DENIES {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.REPORTS, []) AS id MATCH (s)-[r:REPORTS {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.COMMENTS_ON, []) AS id MATCH (s)-[r:COMMENTS_ON {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.ATTACKS, []) AS id MATCH (s)-[r:ATTACKS {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.INVESTS_IN, []) AS id MATCH (s)-[r:INVESTS_IN {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.DEVELOPS, []) AS id MATCH (s)-[r:DEVELOPS {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.COMPETES_WITH, []) AS id MATCH (s)-[r:COMPETES_WITH {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.USES, []) AS id MATCH (s)-[r:USES {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.HOLDS_POSITION, []) AS id MATCH (s)-[r:HOLDS_POSITION {id: id}]->(o) RETURN r, s, o
  UNION ALL
  UNWIND coalesce($idsByType.PART_OF, []) AS id MATCH (s)-[r:PART_OF {id: id}]->(o) RETURN r, s, o
}
RETURN r.id AS id, type(r) AS type, s.id AS subject, o.id AS object, r.sourceArticleIds AS sourceArticleIds,
       elementId(r) AS elementId
