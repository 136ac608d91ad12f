// migrateClaimCount — whether the graph predates claims: facts but no Claim node (count store
// only, so every start can ask).
// Parameters: none.
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN claims, relationships - mentions AS facts
