// ingestDeriveFacts — THE rule that makes a fact's own values (what the API, the exports and an
// analyst's `MATCH (a)-[r:ACCUSES]->(b)` see) from its claims, one per article that states it.
// Every write that adds, changes or removes claims runs it on the facts it touched, so the values
// never depend on the order articles were loaded in:
//   - claims are ordered by the article's publication (unknown last), then article id; the
//     source lists (sourceArticleIds, sourceQuotes, sourceStarts) list every claim in that order
//     (the writes keep sourceArticleIds listing the articles that state the fact, in any order);
//   - counted claims: those not deprecated — or, when every claim is deprecated, all of them, and
//     the fact is marked `retracted: true` (shown as retracted, never deleted);
//   - modality: the strongest a counted claim gives (confirmed > reported > alleged);
//     confidence: the highest; summary: `curatedSummary` when an editor set one, else the
//     first counted claim's; statedBy and cameo: the first counted claim's; each qualifier
//     (about, reason, when, role, scope) and the event date: the first counted claim that gives
//     one; denies (DENIES only): every id a counted claim names, in order;
//   - firstReported / firstReportedPrecision: the first claim's article publication (every
//     claim, deprecated or not: a retraction does not change when the story was first told);
//   - corroboration: articleCount and outletCount over the claims not deprecated (none for a
//     retracted fact): ten reprints of one wire story are one outlet; an article without an
//     outlet counts as an outlet of its own.
// Parameters: $elementIds (list of string): element ids of fact relationships.
// :param elementIds => []
// `IN $elementIds`: one element-id seek per id (`UNWIND … WHERE elementId(r) = x` alone was
// planned as a scan of every relationship; on a graph of a few thousand facts the planner may
// still prefer a scan, which costs little there).
MATCH ()-[r]->()
WHERE elementId(r) IN $elementIds
// The claims are found from the articles the writes listed in sourceArticleIds, by their STATES
// (an article's few), not by the claim index: in a transaction that has just created thousands
// of claims, every index seek merges all of them, so a batch's cost grew with its square. `c`
// has no label here so that the planner cannot choose that index (STATES leads to claims only).
CALL (r) {
  UNWIND r.sourceArticleIds AS articleId
  MATCH (a:Article {id: articleId})-[:STATES]->(c)
  WHERE c.factId = r.id
  WITH DISTINCT a, c
  ORDER BY c.publishedDate, c.articleId
  RETURN collect(c) AS claims, head(collect(a.publishedPrecision)) AS firstPrecision,
         collect(CASE WHEN c.deprecatedOn IS NULL THEN coalesce('outlet:' + a.outlet, 'article:' + a.id) END) AS liveOutlets
}
WITH r, claims, firstPrecision, liveOutlets, [c IN claims WHERE c.deprecatedOn IS NULL] AS live
WITH r, claims, firstPrecision, liveOutlets, live, size(live) = 0 AS retracted,
     CASE WHEN size(live) = 0 THEN claims ELSE live END AS counted
WITH r, claims, firstPrecision, liveOutlets, live, retracted, counted, counted[0] AS lead,
     head([c IN counted WHERE c.eventFrom IS NOT NULL]) AS dated
SET r.summary = coalesce(r.curatedSummary, lead.summary),
    r.modality = CASE
      WHEN any(c IN counted WHERE c.modality = 'confirmed') THEN 'confirmed'
      WHEN any(c IN counted WHERE c.modality = 'reported') THEN 'reported'
      ELSE lead.modality END,
    r.confidence = reduce(m = lead.confidence, c IN counted | CASE WHEN c.confidence > m THEN c.confidence ELSE m END),
    r.statedBy = lead.statedBy,
    r.cameo = lead.cameo,
    r.about = head([c IN counted WHERE c.about IS NOT NULL | c.about]),
    r.reason = head([c IN counted WHERE c.reason IS NOT NULL | c.reason]),
    r.`when` = head([c IN counted WHERE c.`when` IS NOT NULL | c.`when`]),
    r.role = head([c IN counted WHERE c.role IS NOT NULL | c.role]),
    r.scope = head([c IN counted WHERE c.scope IS NOT NULL | c.scope]),
    r.denies = CASE WHEN type(r) = 'DENIES' THEN reduce(acc = [], d IN reduce(all = [], c IN counted | all + coalesce(c.denies, [])) |
      CASE WHEN d IN acc THEN acc ELSE acc + d END) END,
    r.eventText = dated.eventText, r.eventFrom = dated.eventFrom, r.eventTo = dated.eventTo,
    r.eventPrecision = dated.eventPrecision,
    r.retracted = CASE WHEN retracted THEN true END,
    r.firstReported = claims[0].publishedDate,
    r.firstReportedPrecision = CASE WHEN claims[0].publishedDate IS NOT NULL THEN firstPrecision END,
    r.articleCount = size(live),
    r.outletCount = size(reduce(acc = [], o IN liveOutlets | CASE WHEN o IN acc THEN acc ELSE acc + o END)),
    r.sourceArticleIds = [c IN claims | c.articleId],
    r.sourceQuotes = [c IN claims | c.quote],
    r.sourceStarts = [c IN claims | c.start]
RETURN r.id AS id, elementId(r) AS elementId, r.sourceArticleIds AS sourceArticleIds
