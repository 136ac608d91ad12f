// accusationsAndDenials — every accusation, and every other claim someone denied, with the
// denials that answer it (denier, denial and its quote); an accusation nobody denied has one row
// with null denial columns.
// Parameters: $entityId (string or null) — only claims where this entity is the claimant, the
//   target or the denier; null = all.
// Example: :param entityId => 'openai'
// The claim side is any fact but a denial: every relationship between two entities is a fact.
MATCH (claimant:Entity)-[claim:!DENIES]->(target:Entity)
WHERE type(claim) = 'ACCUSES'
   OR EXISTS { MATCH (:Entity)-[d:DENIES]->(:Entity) WHERE claim.id IN d.denies }
OPTIONAL MATCH (denier:Entity)-[denial:DENIES]->(:Entity)
WHERE claim.id IN denial.denies
WITH claimant, claim, target, denier, denial
WHERE $entityId IS NULL OR $entityId IN [claimant.id, target.id, denier.id]
RETURN claimant.name AS claimant,
       type(claim) AS claimType,
       target.name AS target,
       claim.summary AS claim,
       claim.id AS claimId,
       denier.name AS denier,
       denial.summary AS denial,
       denial.sourceQuotes[0] AS denialQuote
ORDER BY claimId, denier
