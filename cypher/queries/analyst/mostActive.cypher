// mostActive — the most active actors: how many facts have them as the subject (accusing,
// investigating, banning, reporting, …), and which relation types those are.
// Parameters: $limit (integer) — how many entities.
// Example: :param limit => 10
MATCH (actor:Entity)-[r]->(:Entity)
WITH actor, count(r) AS facts
RETURN actor.id AS id,
       actor.name AS name,
       actor.kind AS kind,
       facts,
       COLLECT {
         MATCH (actor)-[r]->(:Entity)
         RETURN DISTINCT type(r) AS relation ORDER BY relation
       } AS relations
ORDER BY facts DESC, name
LIMIT toInteger($limit)
