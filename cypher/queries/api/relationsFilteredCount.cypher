// relationsFilteredCount — how many relations relationsFiltered lists: its filters, without the
// page and the order.
// Parameters: $types (list of relation type names, or null), $subject, $object, $article (ids,
//   or null), $asOf, $reportedFrom, $reportedTo (ISO date-time strings, or null), $minSources
//   (int, or null) — as in relationsFiltered.
// :param types => ['ACCUSES']
// :param subject => null
// :param object => null
// :param article => null
// :param asOf => '2025-02-06T00:00:00Z'
// :param reportedFrom => null
// :param reportedTo => null
// :param minSources => 2
// Used by: RelationConnection.totalCount of the lists relationsFiltered answers (only when asked).
// One branch per anchor (only the branch whose guard holds expands anything), so a list around
// an entity or an article starts at its index seek.
CALL () {
  WITH 1 AS go WHERE $subject IS NOT NULL
  MATCH (s:Entity {id: $subject})-[r:{{FACT_TYPES}}]->(o:Entity)
  RETURN s, r, o
  UNION
  WITH 1 AS go WHERE $subject IS NULL AND $object IS NOT NULL
  MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity {id: $object})
  RETURN s, r, o
  UNION
  WITH 1 AS go WHERE $subject IS NULL AND $object IS NULL AND $article IS NOT NULL
  MATCH (:Article {id: $article})-[:MENTIONS]->(s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
  RETURN s, r, o
  UNION
  WITH 1 AS go WHERE $subject IS NULL AND $object IS NULL AND $article IS NULL
  MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
  RETURN s, r, o
}
WITH s, r, o
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($object IS NULL OR o.id = $object)
  AND ($article IS NULL OR $article IN r.sourceArticleIds)
  AND ($asOf IS NULL OR r.firstReported < datetime($asOf))
  AND ($reportedFrom IS NULL OR r.firstReported >= datetime($reportedFrom))
  AND ($reportedTo IS NULL OR r.firstReported < datetime($reportedTo))
// The counts then, only where they are needed (one row of zeros otherwise).
CALL (r) {
  WITH r WHERE $asOf IS NOT NULL AND ($minSources IS NOT NULL OR $article IS NOT NULL)
  MATCH (c:Claim {factId: r.id})
  WHERE c.publishedDate < datetime($asOf)
  MATCH (a:Article {id: c.articleId})
  WITH a, c, c.deprecatedOn IS NULL OR c.deprecatedOn >= datetime($asOf) AS counts
  RETURN count(DISTINCT CASE WHEN counts THEN a END) AS articlesThen,
         count(DISTINCT CASE WHEN counts THEN coalesce('outlet:' + a.outlet, 'article:' + a.id) END) AS outletsThen,
         $article IN collect(a.id) AS articleThen
}
WITH r, articleThen, CASE WHEN $asOf IS NULL THEN r.outletCount ELSE outletsThen END AS outlets
WHERE ($article IS NULL OR $asOf IS NULL OR articleThen)
  AND ($minSources IS NULL OR outlets >= $minSources)
RETURN count(r) AS total
