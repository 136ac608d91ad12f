// ingestAddFactSources — facts already in the graph (same id, reported by another article) gain
// the new articles as sources, never a second edge. Descriptive properties (summary, qualifiers,
// modality, …): the latest article loaded wins. The relationship is found by the element id that
// a lookup or the loader's own CREATE returned; its id is checked too, since Neo4j may give the
// element id of a deleted relationship to a new one. One row per fact updated. The properties are
// set key by key (as in ingestCreateFacts; a null removes the key): `SET r += row.props` made the
// planner buffer every row twice more before the write (Eager); one is left, of the result rows.
// Parameters: $facts (list of map): elementId, id, articleIds, quotes, starts (lists, one item per new
//   source), props (map, as in ingestCreateFacts).
UNWIND $facts AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId AND r.id = row.id
SET r.summary = row.props.summary, r.about = row.props.about, r.reason = row.props.reason,
    r.`when` = row.props.`when`, r.role = row.props.role, r.scope = row.props.scope,
    r.modality = row.props.modality, r.confidence = row.props.confidence,
    r.statedBy = row.props.statedBy, r.cameo = row.props.cameo, r.denies = row.props.denies,
    r.sourceArticleIds = r.sourceArticleIds + row.articleIds,
    r.sourceQuotes = r.sourceQuotes + row.quotes,
    r.sourceStarts = r.sourceStarts + [x IN row.starts | toInteger(x)]
RETURN r.id AS id, elementId(r) AS elementId, r.sourceArticleIds AS sourceArticleIds
