// migrateDefinitions — the first step of migrating a graph written before claims existed
// (migrateToClaims.ts): every MENTIONS gets the entity's values as that article's definition,
// and an article's publishedAt (a date or date-time then) its publishedDate and precision. In
// transactions of 5,000 rows, so a large graph stays inside the per-transaction memory limit
// (run it auto-committed, as CALL … IN TRANSACTIONS requires).
// Parameters: none.
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE m.name IS NULL
CALL (a, m, e) {
  SET m.name = e.name, m.kind = e.kind, m.description = e.description,
      m.aliases = CASE WHEN size(coalesce(e.aliases, [])) > 0 THEN e.aliases END,
      m.roles = CASE WHEN size(coalesce(e.roles, [])) > 0 THEN e.roles END,
      a.publishedDate = CASE WHEN a.publishedAt IS NOT NULL AND a.publishedDate IS NULL
        THEN datetime(a.publishedAt) ELSE a.publishedDate END,
      a.publishedPrecision = CASE WHEN a.publishedAt IS NOT NULL AND a.publishedPrecision IS NULL
        THEN CASE WHEN a.publishedAt CONTAINS 'T' THEN 'instant' ELSE 'day' END ELSE a.publishedPrecision END
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS mentions
