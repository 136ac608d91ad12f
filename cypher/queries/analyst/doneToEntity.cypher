// doneToEntity — everything done to one entity: who accused, investigated, banned, restricted,
// attacked, reported on or commented on it (every fact with it as the object), and on whose word.
// Parameters: $entityId (string) — the entity's id.
// Example: :param entityId => 'deepseek-app'
MATCH (target:Entity {id: $entityId})<-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]-(actor:Entity)
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
