// ingestRewriteFacts — facts that only the articles being reloaded source, written again as their
// new version says: every property replaced (one the new version dropped is gone), the sources
// set anew. ingestRemoveArticles kept these relationships ($keepIds) with no source, so a fact
// keeps its element id across reloads. Found by element id and checked by id, as in
// ingestAddFactSources. One row per fact rewritten.
// Parameters: $facts (list of map): elementId, id, articleIds, quotes, starts (lists, one item per
//   source), props (map, as in ingestCreateFacts).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.id = row.id
// One map, so the id is set to the value it has (no constraint check) rather than removed and set.
WITH r, row, row.props AS props
SET r = props {.*,
  id: row.id,
  sourceArticleIds: row.articleIds,
  sourceQuotes: row.quotes,
  sourceStarts: [x IN row.starts | toInteger(x)]
}
RETURN r.id AS id, elementId(r) AS elementId, r.sourceArticleIds AS sourceArticleIds
