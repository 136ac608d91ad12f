// mostAccused — the entities accused most often: number of accusations (distinct facts) and who
// made them.
// Parameters: $limit (integer) — how many entities.
// Example: :param limit => 10
MATCH (:Entity)-[acc:ACCUSES]->(accused:Entity)
WITH accused, count(acc) AS accusations
RETURN accused.id AS id,
       accused.name AS name,
       accused.kind AS kind,
       accusations,
       COLLECT {
         MATCH (accuser:Entity)-[:ACCUSES]->(accused)
         RETURN DISTINCT accuser.name AS name ORDER BY name
       } AS accusers
ORDER BY accusations DESC, name
LIMIT toInteger($limit)
