// ingestAddFactSources — facts already in the graph (same id, reported by another article) gain
// the new articles as sources, never a second edge. Descriptive properties (summary, qualifiers,
// modality, …): the latest article loaded wins. The relationship is found by the element id that
// a lookup or the loader's own CREATE returned; its id is checked too, since Neo4j may give the
// element id of a deleted relationship to a new one. One row per fact updated.
// Parameters: $facts (list of map): elementId, id, articleIds, quotes, starts (lists, one item per new
//   source), props (map, as in ingestCreateFacts).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.id = row.id
SET r += row.props,
    r.sourceArticleIds = r.sourceArticleIds + row.articleIds,
    r.sourceQuotes = r.sourceQuotes + row.quotes,
    r.sourceStarts = r.sourceStarts + [x IN row.starts | toInteger(x)]
RETURN r.id AS id, elementId(r) AS elementId, r.sourceArticleIds AS sourceArticleIds
