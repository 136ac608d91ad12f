// ingestAddFactSources — facts already in the graph (same id, reported by another article) gain
// the new articles as sources, never a second edge. Descriptive properties (summary, qualifiers,
// modality, …): the latest article loaded wins. The relationship is found by the element id that
// ingestFactsById returned in the same transaction.
// Parameters: $facts (list of map): elementId, articleIds, quotes, starts (lists, one item per new
//   source), props (map, as in ingestCreateFacts).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r += row.props,
    r.sourceArticleIds = r.sourceArticleIds + row.articleIds,
    r.sourceQuotes = r.sourceQuotes + row.quotes,
    r.sourceStarts = r.sourceStarts + [x IN row.starts | toInteger(x)]
RETURN count(r) AS facts
