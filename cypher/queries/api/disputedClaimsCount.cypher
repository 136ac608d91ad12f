// disputedClaimsCount — how many facts at least one denial rejects.
// Parameters: $types (list of relation type names of the claims, or null for all), $asOf (ISO
//   date-time: the disputes as known then, or null).
// Used by: GraphQL RelationConnection.totalCount of Query.disputedClaims (only when asked for).
MATCH (:Entity)-[den:DENIES]->(:Entity)
UNWIND den.denies AS claimId
WITH den, claimId
// As of a day: a denial disputes a claim from the first article that says so.
WHERE $asOf IS NULL OR EXISTS {
  MATCH (c:Claim {factId: den.id})
  WHERE c.publishedDate < datetime($asOf) AND claimId IN c.denies
}
WITH DISTINCT claimId
MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
WHERE r.id = claimId AND ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR r.firstReported < datetime($asOf))
RETURN count(r) AS total
