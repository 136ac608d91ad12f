// investigationsAndReasons — who investigates whom, concerning what and why, on whose word, and
// the accusations standing against the investigated entity (the usual reason to investigate).
// Parameters: $entityId (string or null) — only investigations of this entity; null = all.
// Example: :param entityId => 'deepseek'
MATCH (investigator:Entity)-[inv:INVESTIGATES]->(investigated:Entity)
WHERE $entityId IS NULL OR investigated.id = $entityId
OPTIONAL MATCH (stater:Entity {id: inv.statedBy})
RETURN investigator.name AS investigator,
       investigated.name AS investigated,
       inv.about AS concerning,
       inv.reason AS reason,
       inv.when AS when,
       inv.modality AS modality,
       stater.name AS statedBy,
       COLLECT {
         MATCH (accuser:Entity)-[:ACCUSES]->(investigated)
         RETURN DISTINCT accuser.name AS name ORDER BY name
       } AS accusedBy,
       inv.sourceQuotes AS quotes,
       inv.id AS factId
ORDER BY investigated, investigator, factId
