// exportWholeGraph — the whole graph for an export: every entity, and every fact of the given
// relation types (between entities), both sorted by id.
// Parameters: $types (list of strings: relation type names, src/domain/relationTypes.ts).
// Time: each fact's firstReported (with its precision) and event dates as derived
// (cypher/README.md), each entity's firstMentioned: the earliest publication of an article that
// mentions it (null when none is dated). The dynamic GEXF starts elements from them. MENTIONS
// is named in a WHERE: the relationship patterns here list the fact types only.
// Used by: GET /export/graph.{graphml,gexf,cyjs,dot} and `newsgraph export` without center or ids.
CALL () {
  MATCH (n:Entity)
  WITH n ORDER BY n.id
  RETURN collect(n { .id, .name, .kind, .aliases, .roles, .description, labels: labels(n),
    firstMentioned: head(COLLECT { MATCH (art:Article)-[m]->(n) WHERE type(m) = 'MENTIONS' AND art.publishedDate IS NOT NULL
      RETURN art.publishedDate AS d ORDER BY d LIMIT 1 }) }) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r:{{FACT_TYPES}}]->(b:Entity)
  WHERE type(r) IN $types
  WITH a, r, b ORDER BY r.id
  RETURN collect(r { .id, .summary, .about, .reason, .`when`, .role, .scope, .modality, .confidence, .statedBy, .cameo,
    .denies, .sourceArticleIds, .sourceQuotes, .sourceStarts, .firstReported, .firstReportedPrecision,
    .eventFrom, .eventTo, .eventPrecision, type: type(r), source: a.id, target: b.id,
    sourceArticleTitles: [aid IN coalesce(r.sourceArticleIds, []) | head(COLLECT { MATCH (art:Article {id: aid}) RETURN art.title })] }) AS edges
}
RETURN nodes, edges
