// factsAsOf — facts as they were known at an instant: THE rule of ingestDeriveFacts (read its
// header; the two are held to each other by test/graphql/storyOverTime.test.ts) applied to the claims
// visible then instead of all of them. A claim is visible when its article was published before
// $asOf (an undated article never is); it counts unless it was deprecated before $asOf (a claim
// retracted later still counts on that day). A fact with no visible claim has no row: it was not
// known yet. firstReported does not depend on the day: the earliest claim is visible or none is.
// Parameters: $ids (list of fact ids), $asOf (ISO date-time string: the first instant not included).
// Used by: GraphQL relation lists, neighborhood, path and disputedClaims with `asOf` (one query
// per request level and day, via DataLoader).
// :param ids => ['openai-accuses-deepseek-distillation']
// :param asOf => '2025-02-04T00:00:00Z'
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
WHERE r.id IN $ids
CALL (r) {
  MATCH (c:Claim {factId: r.id})
  WHERE c.publishedDate < datetime($asOf)
  MATCH (a:Article {id: c.articleId})
  WITH DISTINCT a, c
  ORDER BY c.publishedDate, c.articleId
  WITH a, c, c.deprecatedOn IS NULL OR c.deprecatedOn >= datetime($asOf) AS counts
  RETURN collect(c) AS claims, head(collect(a.publishedPrecision)) AS firstPrecision,
         collect(CASE WHEN counts THEN c END) AS live,
         collect(CASE WHEN counts THEN coalesce('outlet:' + a.outlet, 'article:' + a.id) END) AS liveOutlets
}
WITH s, r, o, claims, firstPrecision, live, liveOutlets
WHERE size(claims) > 0
WITH s, r, o, claims, firstPrecision, live, liveOutlets, size(live) = 0 AS retracted,
     CASE WHEN size(live) = 0 THEN claims ELSE live END AS counted
WITH s, r, o, claims, firstPrecision, live, liveOutlets, retracted, counted, counted[0] AS lead,
     head([c IN counted WHERE c.eventFrom IS NOT NULL]) AS dated
RETURN r.id AS id, type(r) AS type, properties(s) AS subject, properties(o) AS object, r {
  .id, .curatedSummary,
  summary: coalesce(r.curatedSummary, lead.summary),
  modality: CASE
    WHEN any(c IN counted WHERE c.modality = 'confirmed') THEN 'confirmed'
    WHEN any(c IN counted WHERE c.modality = 'reported') THEN 'reported'
    ELSE lead.modality END,
  confidence: reduce(m = lead.confidence, c IN counted | CASE WHEN c.confidence > m THEN c.confidence ELSE m END),
  statedBy: lead.statedBy,
  cameo: lead.cameo,
  about: head([c IN counted WHERE c.about IS NOT NULL | c.about]),
  reason: head([c IN counted WHERE c.reason IS NOT NULL | c.reason]),
  `when`: head([c IN counted WHERE c.`when` IS NOT NULL | c.`when`]),
  role: head([c IN counted WHERE c.role IS NOT NULL | c.role]),
  scope: head([c IN counted WHERE c.scope IS NOT NULL | c.scope]),
  denies: CASE WHEN type(r) = 'DENIES' THEN reduce(acc = [], d IN reduce(all = [], c IN counted | all + coalesce(c.denies, [])) |
    CASE WHEN d IN acc THEN acc ELSE acc + d END) END,
  eventText: dated.eventText, eventFrom: dated.eventFrom, eventTo: dated.eventTo,
  eventPrecision: dated.eventPrecision,
  retracted: CASE WHEN retracted THEN true END,
  firstReported: claims[0].publishedDate,
  firstReportedPrecision: firstPrecision,
  articleCount: size(live),
  outletCount: size(reduce(acc = [], x IN liveOutlets | CASE WHEN x IN acc THEN acc ELSE acc + x END)),
  sourceArticleIds: [c IN claims | c.articleId],
  sourceQuotes: [c IN claims | c.quote],
  sourceStarts: [c IN claims | c.start]
} AS fact
