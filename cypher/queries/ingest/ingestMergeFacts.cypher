// ingestMergeFacts — writes the article's facts: one relationship per fact id, typed by the
// relation type, with this article appended as a source (article id, quote, quote offset).
// A fact already there (same id, reported by another article) gains a source, never a second edge.
// Descriptive properties (summary, qualifiers, modality, …): the latest article loaded wins.
// row.type is one of the closed list in src/ingest/relationTypes.ts (checked before this runs);
// `$(…)` is Neo4j 5.26's dynamic relationship type. toInteger: JavaScript numbers arrive as floats.
// Parameters: $articleId (string); $facts (list of map): id, type, subject, object, quote,
//   quoteStart, props (map: summary, about, reason, when, role, scope, modality, confidence,
//   statedBy, cameo, denies).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r += row.props,
    r.sourceArticleIds = coalesce(r.sourceArticleIds, []) + $articleId,
    r.sourceQuotes = coalesce(r.sourceQuotes, []) + row.quote,
    r.sourceStarts = coalesce(r.sourceStarts, []) + toInteger(row.quoteStart)
RETURN count(r) AS facts
