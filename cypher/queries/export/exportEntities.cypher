// exportEntities — a chosen set of entities for an export (the explorer's current view): those
// entities, every fact of the given types among them, and the ids that name no entity.
// Parameters: $ids (list of strings, entity ids),
//   $types (list of strings: relation type names, src/domain/relationTypes.ts).
// Used by: GET /export/graph.*?ids=…, the explorer's download buttons.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS members
}
CALL (members) {
  UNWIND members AS n
  WITH n ORDER BY n.id
  RETURN collect(n { .id, .name, .kind, .aliases, .roles, .description, labels: labels(n) }) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:{{FACT_TYPES}}]->(b:Entity)
  WHERE type(r) IN $types AND b IN members
  WITH a, r, b ORDER BY r.id
  RETURN collect(r { .id, .summary, .about, .reason, .`when`, .role, .scope, .modality, .confidence, .statedBy, .cameo,
    .denies, .sourceArticleIds, .sourceQuotes, .sourceStarts, type: type(r), source: a.id, target: b.id,
    sourceArticleTitles: [aid IN coalesce(r.sourceArticleIds, []) | head(COLLECT { MATCH (art:Article {id: aid}) RETURN art.title })] }) AS edges
}
RETURN nodes, edges, [id IN $ids WHERE NOT id IN [m IN members | m.id]] AS missing
