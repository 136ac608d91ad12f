// graphAsOf — the graph as it was known at an instant: every fact with a claim from an article
// published before $asOf, with what was known of it then — how many articles and outlets stated
// it (claims not yet deprecated then) and whether every such claim had been retracted. The API's
// `asOf` argument derives every value this way (cypher/queries/api/factsAsOf.cypher).
// Parameters: $asOf (string: an ISO date-time, the first instant not included — the day after
//   the day asked about, e.g. '2025-02-05T00:00:00Z' for "as of 4 February").
// Example: :param asOf => '2025-02-05T00:00:00Z'
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.firstReported < datetime($asOf)
CALL (r) {
  MATCH (c:Claim {factId: r.id})
  WHERE c.publishedDate < datetime($asOf)
  MATCH (a:Article {id: c.articleId})
  WITH a, c, c.deprecatedOn IS NULL OR c.deprecatedOn >= datetime($asOf) AS counts
  RETURN count(DISTINCT CASE WHEN counts THEN a END) AS articles,
         count(DISTINCT CASE WHEN counts THEN coalesce('outlet:' + a.outlet, 'article:' + a.id) END) AS outlets,
         count(c) AS claims
}
RETURN s.name AS subject, type(r) AS type, o.name AS object, r.id AS factId,
       CASE r.firstReportedPrecision WHEN 'year' THEN left(toString(date(r.firstReported)), 4) WHEN 'month' THEN left(toString(date(r.firstReported)), 7) ELSE toString(date(r.firstReported)) END AS firstReported,
       claims, articles, outlets, articles = 0 AS retracted
ORDER BY factId
