// ingestFactsByElementId — the facts already in the graph that a batch states again (another
// article's fact gaining a claim, or a reloaded article's own fact kept across the reload), found
// by the element id a lookup returned; its id is checked too, since Neo4j may give the element id
// of a deleted relationship to a new one. One row per fact found: a missing row means the graph
// changed under the loader. The batch's articles join the articles that state it; its values are
// derived again by ingestDeriveFacts.
// Parameters: $facts (list of map): elementId, id, articleIds (list of string).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.id = row.id
SET r.sourceArticleIds = coalesce(r.sourceArticleIds, []) + [a IN row.articleIds WHERE NOT a IN coalesce(r.sourceArticleIds, [])]
RETURN r.id AS id, elementId(r) AS elementId
