// disputedClaimsPage — one page of the facts that at least one denial rejects, sorted by fact id:
// "which accusations are disputed?".
// Parameters: $types (list of relation type names of the claims, or null for all), $asOf (ISO
//   date-time: the disputes as known then, or null), $after (fact
//   id of the last claim of the previous page, or null), $limit (int).
// Used by: GraphQL Query.disputedClaims (each claim's deniedBy gives the other side).
MATCH (:Entity)-[den:DENIES]->(:Entity)
UNWIND den.denies AS claimId
WITH den, claimId
// As of a day: a denial disputes a claim from the first article that says so.
WHERE $asOf IS NULL OR EXISTS {
  MATCH (c:Claim {factId: den.id})
  WHERE c.publishedDate < datetime($asOf) AND claimId IN c.denies
}
WITH DISTINCT claimId
WHERE $after IS NULL OR claimId > $after
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(o:Entity)
WHERE r.id = claimId AND ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR r.firstReported < datetime($asOf))
RETURN type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
ORDER BY r.id
LIMIT toInteger($limit)
