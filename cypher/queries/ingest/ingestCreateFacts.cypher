// ingestCreateFacts — writes facts that are not in the graph yet: one relationship per fact id,
// typed by the relation type, with its sources (article id, verbatim quote, quote offset) in
// load order. The loader knows each id is new — it looked the id up, or wrote or saw every fact of
// its load itself — so CREATE never doubles a fact (and each type's unique constraint would refuse
// one); facts already there gain sources through ingestAddFactSources instead. One row per fact
// written: a missing entity shows as a missing row, and the element ids find the facts again.
// The properties are written by the CREATE itself, key by key (the keys of `props` in
// src/ingest/graphRows.ts; a null leaves the key out): after a `SET r += row.props` of keys the
// planner cannot see, it buffered every row twice more (Eager) for fear of a conflict.
// row.type is one of the closed list in src/domain/relationTypes.ts (checked before this runs);
// `$(…)` is Neo4j 5.26's dynamic relationship type. toInteger: JavaScript numbers arrive as floats.
// Parameters: $facts (list of map): id, type, subject, object, articleIds, quotes, starts (lists,
//   one item per source), props (map: summary, about, reason, when, role, scope, modality,
//   confidence, statedBy, cameo, denies).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.type) {
  id: row.id,
  summary: row.props.summary, about: row.props.about, reason: row.props.reason,
  `when`: row.props.`when`, role: row.props.role, scope: row.props.scope,
  modality: row.props.modality, confidence: row.props.confidence, statedBy: row.props.statedBy,
  cameo: row.props.cameo, denies: row.props.denies,
  sourceArticleIds: row.articleIds,
  sourceQuotes: row.quotes,
  sourceStarts: [x IN row.starts | toInteger(x)]
}]->(o)
RETURN row.id AS id, elementId(r) AS elementId
