// migrateDerivedStale — whether the facts' derived values predate the current rule
// (ingestDeriveFacts): a fact without `articleCount` was derived before first reports and
// corroboration counts existed. Every write derives every fact it touches by the whole rule, so
// one fact tells for all; reading one keeps the check free on every start.
// Parameters: none.
MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
RETURN r.articleCount IS NULL AS stale
LIMIT 1
