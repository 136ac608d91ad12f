// ingestCreateFacts — creates the relationships of facts that are not in the graph yet: one per
// fact id, typed by the relation type, holding only its id and the articles that state it until
// ingestDeriveFacts sets its values from their claims (in the same transaction). The loader knows each id is new — it looked
// the id up, or wrote or saw every fact of its load itself — so CREATE never doubles a fact (and
// each type's unique constraint would refuse one). One row per fact written: a missing entity
// shows as a missing row, and the element ids find the facts again.
// row.type is one of the closed list in src/domain/relationTypes.ts (checked before this runs);
// `$(…)` is Neo4j 5.26's dynamic relationship type.
// Parameters: $facts (list of map): id, type, subject, object, articleIds (list of string).
UNWIND $facts AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.type) {id: row.id, sourceArticleIds: row.articleIds}]->(o)
RETURN row.id AS id, elementId(r) AS elementId
