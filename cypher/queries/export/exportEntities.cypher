// exportEntities — a chosen set of entities for an export (the explorer's current view): those
// entities, every fact of the given types among them, and the ids that name no entity.
// Parameters: $ids (list of strings, entity ids),
//   $types (list of strings: relation type names, src/domain/relationTypes.ts).
// Time: each fact's firstReported (with its precision) and event dates as derived
// (cypher/README.md), each entity's firstMentioned: the earliest publication of an article that
// mentions it (null when none is dated). The dynamic GEXF starts elements from them. MENTIONS
// is named in a WHERE: the relationship patterns here list the fact types only.
// Used by: GET /export/graph.*?ids=…, the explorer's download buttons.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS members
}
CALL (members) {
  UNWIND members AS n
  WITH n ORDER BY n.id
  RETURN collect(n { .id, .name, .kind, .aliases, .roles, .description, labels: labels(n),
    firstMentioned: head(COLLECT { MATCH (art:Article)-[m]->(n) WHERE type(m) = 'MENTIONS' AND art.publishedDate IS NOT NULL
      RETURN art.publishedDate AS d ORDER BY d LIMIT 1 }) }) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:{{FACT_TYPES}}]->(b:Entity)
  WHERE type(r) IN $types AND b IN members
  WITH a, r, b ORDER BY r.id
  RETURN collect(r { .id, .summary, .about, .reason, .`when`, .role, .scope, .modality, .confidence, .statedBy, .cameo,
    .denies, .sourceArticleIds, .sourceQuotes, .sourceStarts, .firstReported, .firstReportedPrecision,
    .eventFrom, .eventTo, .eventPrecision, type: type(r), source: a.id, target: b.id,
    sourceArticleTitles: [aid IN coalesce(r.sourceArticleIds, []) | head(COLLECT { MATCH (art:Article {id: aid}) RETURN art.title })] }) AS edges
}
RETURN nodes, edges, [id IN $ids WHERE NOT id IN [m IN members | m.id]] AS missing
