// doneToEntity — everything done to one entity: who accused, investigated, banned, restricted,
// attacked, reported on or commented on it (every fact with it as the object), and on whose word.
// Every relationship between two entities is a fact, so `(:Entity)<-[r]-(:Entity)` needs no type list.
// Parameters: $entityId (string) — the entity's id.
// Example: :param entityId => 'deepseek-app'
MATCH (target:Entity {id: $entityId})<-[r]-(actor:Entity)
OPTIONAL MATCH (stater:Entity {id: r.statedBy})
RETURN type(r) AS relation,
       actor.name AS actor,
       r.summary AS summary,
       r.about AS about,
       r.reason AS reason,
       r.when AS when,
       r.modality AS modality,
       stater.name AS statedBy,
       r.id AS factId
ORDER BY relation, actor, factId
