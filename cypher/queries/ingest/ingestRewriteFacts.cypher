// ingestRewriteFacts — facts that only the articles being reloaded source, written again as their
// new version says: every property the loader writes replaced (one the new version dropped is
// gone), the sources set anew. ingestRemoveArticles kept these relationships ($keepIds) with no
// source, so a fact keeps its element id across reloads. Found by element id and checked by id,
// as in ingestAddFactSources. One row per fact rewritten.
// Parameters: $facts (list of map): elementId, id, articleIds, quotes, starts (lists, one item per
//   source), props (map, as in ingestCreateFacts).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.id = row.id
// Key by key, as in ingestCreateFacts (a null removes the key): `SET r = map` of keys the planner
// cannot see buffered every row twice before the write (Eager); one Eager is left, of the result
// rows. The id stays as it is (no constraint check).
SET r.summary = row.props.summary, r.about = row.props.about, r.reason = row.props.reason,
    r.`when` = row.props.`when`, r.role = row.props.role, r.scope = row.props.scope,
    r.modality = row.props.modality, r.confidence = row.props.confidence,
    r.statedBy = row.props.statedBy, r.cameo = row.props.cameo, r.denies = row.props.denies,
    r.sourceArticleIds = row.articleIds,
    r.sourceQuotes = row.quotes,
    r.sourceStarts = [x IN row.starts | toInteger(x)]
RETURN r.id AS id, elementId(r) AS elementId, r.sourceArticleIds AS sourceArticleIds
