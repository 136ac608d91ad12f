// timelineCount — how many facts timelinePage lists: its filters without the page.
// Parameters: $entity (entity id, or null), $types (list of relation type names, or null),
//   $from, $to (ISO date-time strings, or null).
// :param entity => 'deepseek'
// :param types => null
// :param from => null
// :param to => null
// Used by: RelationConnection.totalCount of Query.timeline (only when asked for).
CALL () {
  WITH 1 AS go WHERE $entity IS NOT NULL
  MATCH (:Entity {id: $entity})-[r:{{FACT_TYPES}}]-(:Entity)
  RETURN r
  UNION
  WITH 1 AS go WHERE $entity IS NULL
  MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
  RETURN r
}
WITH r, coalesce(r.eventFrom, r.firstReported) AS at
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR at >= datetime($from))
  AND ($to IS NULL OR at < datetime($to))
RETURN count(r) AS total
