// ingestFactsOfTypes — which of these facts are already in the graph under their own type: one
// unique-index seek per fact, in its type's index (ingestFactsById seeks every type's index).
// The loader runs this inside its write transaction, after checkFileSet ran ingestFactsById over
// every id before the load (which also catches an id held by another type). The line with
// {{FACT_TYPE}} stands for one such line per relation type, joined by UNION ALL (cypher/README.md).
// Parameters: $idsByType (map: relation type → list of fact ids; types without facts may be absent).
// :param idsByType => {BANS: ['us-navy-bans-deepseek-app'], ACCUSES: ['openai-accuses-deepseek-distillation']}
CALL () {
  UNWIND coalesce($idsByType.{{FACT_TYPE}}, []) AS id MATCH (s)-[r:{{FACT_TYPE}} {id: id}]->(o) RETURN r, s, o
}
RETURN r.id AS id, type(r) AS type, s.id AS subject, o.id AS object, r.sourceArticleIds AS sourceArticleIds,
       elementId(r) AS elementId
