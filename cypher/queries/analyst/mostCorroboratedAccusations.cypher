// mostCorroboratedAccusations — the accusations that the most distinct outlets report: ten
// reprints of one wire story are one source; claims the outlet retracted do not count.
// Parameters: $minOutlets (integer: at least this many outlets), $limit (integer: how many).
// Example:
//   :param minOutlets => 1
//   :param limit => 10
MATCH (accuser:Entity)-[r:ACCUSES]->(accused:Entity)
WHERE r.outletCount >= $minOutlets
RETURN accuser.name AS accuser,
       accused.name AS accused,
       r.about AS about,
       r.id AS factId,
       r.outletCount AS outlets,
       r.articleCount AS articles,
       COLLECT {
         MATCH (c:Claim {factId: r.id})
         MATCH (a:Article {id: c.articleId})
         WHERE c.deprecatedOn IS NULL
         RETURN DISTINCT coalesce(a.outlet, a.id) AS outlet ORDER BY outlet
       } AS outletNames,
       CASE r.firstReportedPrecision WHEN 'year' THEN left(toString(date(r.firstReported)), 4) WHEN 'month' THEN left(toString(date(r.firstReported)), 7) ELSE toString(date(r.firstReported)) END AS firstReported
ORDER BY outlets DESC, articles DESC, factId
LIMIT toInteger($limit)
