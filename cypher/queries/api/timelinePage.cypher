// timelinePage — one page of facts in the order they happened: by the start of the event's date
// (eventFrom, what the articles say of when), falling back to the first report (firstReported)
// for facts no article dates, then by fact id; facts with neither come last.
// Parameters: $entity (entity id: only facts it is the subject or object of; or null), $types
//   (list of relation type names, or null), $from, $to (ISO date-time strings, or null: facts
//   whose time is at or after $from and before $to), $after (the last row of the previous page:
//   {at: ISO date-time string or null, id}, or null), $limit (int).
// :param entity => 'deepseek'
// :param types => null
// :param from => null
// :param to => null
// :param after => null
// :param limit => 20
// Used by: GraphQL Query.timeline (keyset pagination on (time, fact id)).
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
  AND ($after IS NULL
    OR ($after.at IS NULL AND at IS NULL AND r.id > $after.id)
    OR ($after.at IS NOT NULL AND (at IS NULL OR at > datetime($after.at)
      OR (at = datetime($after.at) AND r.id > $after.id))))
RETURN type(r) AS type, properties(r) AS fact, properties(startNode(r)) AS subject,
       properties(endNode(r)) AS object
ORDER BY at, r.id
LIMIT toInteger($limit)
