// ingestCreateFacts — writes facts that are not in the graph yet: one relationship per fact id,
// typed by the relation type, with its sources (article id, verbatim quote, quote offset) in
// load order. The loader looked each id up first (ingestFactsById), so CREATE never doubles a
// fact; facts already there gain sources through ingestAddFactSources instead.
// row.type is one of the closed list in src/ingest/relationTypes.ts (checked before this runs);
// `$(…)` is Neo4j 5.26's dynamic relationship type. toInteger: JavaScript numbers arrive as floats.
// Parameters: $facts (list of map): id, type, subject, object, articleIds, quotes, starts (lists,
//   one item per source), props (map: summary, about, reason, when, role, scope, modality,
//   confidence, statedBy, cameo, denies).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.type)]->(o)
SET r += row.props,
    r.id = row.id,
    r.sourceArticleIds = row.articleIds,
    r.sourceQuotes = row.quotes,
    r.sourceStarts = [x IN row.starts | toInteger(x)]
RETURN count(r) AS facts
