// exportNeighbourhood — the neighbourhood of one entity for an export: the entities reachable from
// $center in at most $hops steps over facts of the given types (either direction), and every fact
// of those types among them. No row when $center is not an entity id.
// Parameters: $center (string, entity id), $hops (integer 1..3),
//   $types (list of strings: relation type names, src/domain/relationTypes.ts).
// Time: each fact's firstReported (with its precision) and event dates as derived
// (cypher/README.md), each entity's firstMentioned: the earliest publication of an article that
// mentions it (null when none is dated). The dynamic GEXF starts elements from them. MENTIONS
// is named in a WHERE: the relationship patterns here list the fact types only.
// Used by: GET /export/graph.*?center=…&hops=… and `newsgraph export --center … --hops …`.
MATCH (c:Entity {id: $center})
// ANY SHORTEST reaches each entity once (breadth-first), instead of enumerating every path.
OPTIONAL MATCH p = ANY SHORTEST (c)(()-[r:{{FACT_TYPES}}]-() WHERE type(r) IN $types){1,3}(x:Entity)
  WHERE length(p) <= $hops
WITH c, collect(DISTINCT x) AS reached
WITH [c] + [x IN reached WHERE x <> c] AS members
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
RETURN nodes, edges
