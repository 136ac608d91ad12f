// relationsFiltered — one page of relations (facts) with the filters of time and corroboration:
// the graph as known at an instant ($asOf), a window of first reports, a minimum of outlets, and
// the order "most corroborated first". The plain lists (relationsPage, entityRelationsPage, …)
// stay as they are for requests without these arguments.
// A fact is known at $asOf when its first report is before it (firstReported is the earliest
// claim's publication, so the fact has a visible claim exactly then). Its corroboration then is
// that of its claims visible and not yet deprecated at $asOf — the counts of factsAsOf, which
// gives the rest of its values then.
// Parameters: $types (list of relation type names, or null), $subject, $object, $article (ids,
//   or null), $asOf, $reportedFrom, $reportedTo (ISO date-time strings, or null: $asOf and
//   $reportedTo are the first instant not included), $minSources (int, or null), $orderBy ('ID'
//   or 'SOURCES'), $after (the last row of the previous page: {id, outlets, articles}, or null),
//   $limit (int).
// :param types => ['ACCUSES']
// :param subject => null
// :param object => null
// :param article => null
// :param asOf => '2025-02-06T00:00:00Z'
// :param reportedFrom => null
// :param reportedTo => null
// :param minSources => 2
// :param orderBy => 'SOURCES'
// :param after => null
// :param limit => 20
// Used by: GraphQL Query.relations, accusations, investigations, bans, denials with asOf,
//   reportedFrom, reportedTo, minSources or orderBy: SOURCES.
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
  WITH r WHERE $asOf IS NOT NULL AND ($minSources IS NOT NULL OR $orderBy = 'SOURCES' OR $article IS NOT NULL)
  MATCH (c:Claim {factId: r.id})
  WHERE c.publishedDate < datetime($asOf)
  MATCH (a:Article {id: c.articleId})
  WITH a, c, c.deprecatedOn IS NULL OR c.deprecatedOn >= datetime($asOf) AS counts
  RETURN count(DISTINCT CASE WHEN counts THEN a END) AS articlesThen,
         count(DISTINCT CASE WHEN counts THEN coalesce('outlet:' + a.outlet, 'article:' + a.id) END) AS outletsThen,
         $article IN collect(a.id) AS articleThen
}
WITH s, r, o, articleThen,
     CASE WHEN $asOf IS NULL THEN r.outletCount ELSE outletsThen END AS outlets,
     CASE WHEN $asOf IS NULL THEN r.articleCount ELSE articlesThen END AS articles
WHERE ($article IS NULL OR $asOf IS NULL OR articleThen)
  AND ($minSources IS NULL OR outlets >= $minSources)
  AND ($after IS NULL OR CASE $orderBy
    WHEN 'SOURCES' THEN outlets < $after.outlets
      OR (outlets = $after.outlets AND (articles < $after.articles
        OR (articles = $after.articles AND r.id > $after.id)))
    ELSE r.id > $after.id END)
RETURN type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
ORDER BY CASE WHEN $orderBy = 'SOURCES' THEN -outlets ELSE 0 END,
         CASE WHEN $orderBy = 'SOURCES' THEN -articles ELSE 0 END, r.id
LIMIT toInteger($limit)
