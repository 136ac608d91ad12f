// disputedClaimsCount — how many facts at least one denial rejects.
// Parameters: $types (list of relation type names of the claims, or null for all).
// Used by: GraphQL RelationConnection.totalCount of Query.disputedClaims (only when asked for).
MATCH (:Entity)-[den:DENIES]->(:Entity)
UNWIND den.denies AS claimId
WITH DISTINCT claimId
MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity)
WHERE r.id = claimId AND ($types IS NULL OR type(r) IN $types)
RETURN count(r) AS total
