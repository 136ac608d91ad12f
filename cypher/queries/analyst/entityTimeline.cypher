// entityTimeline — the story of one entity in the order it happened: every fact it is the subject
// or the object of, dated by when it happened (the event date the articles give) or, where no
// article dates it, by its first report; with each article that reports it and when.
// Parameters: $entityId (string).
// Example: :param entityId => 'deepseek'
// Facts with neither date come last. `dated` says which date orders the row; a first report is
// written in its article's precision (a month as 2025-02).
MATCH (:Entity {id: $entityId})-[r]-(:Entity)
WITH DISTINCT r
WITH r, coalesce(r.eventFrom, r.firstReported) AS at
RETURN CASE WHEN r.eventFrom IS NOT NULL THEN r.eventText ELSE
         CASE r.firstReportedPrecision WHEN 'year' THEN left(toString(date(r.firstReported)), 4) WHEN 'month' THEN left(toString(date(r.firstReported)), 7) ELSE toString(date(r.firstReported)) END END AS `when`,
       CASE WHEN r.eventFrom IS NOT NULL THEN 'happened' WHEN at IS NOT NULL THEN 'first reported' END AS dated,
       startNode(r).name AS subject,
       type(r) AS type,
       endNode(r).name AS object,
       r.summary AS summary,
       r.id AS factId,
       COLLECT {
         MATCH (c:Claim {factId: r.id})
         MATCH (a:Article {id: c.articleId})
         RETURN coalesce(a.publishedAt, 'undated') + ' ' + coalesce(a.outlet, a.id) AS report
         ORDER BY c.publishedDate, a.id
       } AS reportedBy
ORDER BY at, factId
