// ingestUpsertEntities — creates the entities a batch names that are not in the graph yet, and
// links each to the articles that name it: one MENTIONS per article, holding what THAT article
// says of the entity (name, kind, description, wikidataId — null for a reference by id alone —
// and the aliases and roles it uses, left out when it gives none). The entity's own values are
// derived from its mentions by ingestDeriveEntities, in the same transaction.
// MENTIONS are created, not merged: ingestRemoveArticles ran first, so none are left.
// Returns the ids of the entities this statement created: their mentions are all in this write,
// so deriving them is cheap, while an entity already in the graph is derived from every article
// that mentions it (a load of many batches derives those once, at its end: loadPath.ts).
// Parameters: $entities (list of map): id, mentions (list of map: articleId, name, kind,
//   description, wikidataId, aliases, roles).
UNWIND $entities AS row
OPTIONAL MATCH (before:Entity {id: row.id})
WITH row, before IS NULL AS created
MERGE (e:Entity {id: row.id})
WITH e, row, created
UNWIND row.mentions AS m
MATCH (a:Article {id: m.articleId})
CREATE (a)-[:MENTIONS {
  name: m.name, kind: m.kind, description: m.description, wikidataId: m.wikidataId,
  aliases: CASE WHEN size(m.aliases) > 0 THEN m.aliases END,
  roles: CASE WHEN size(m.roles) > 0 THEN m.roles END
}]->(e)
WITH DISTINCT e, created
RETURN count(e) AS entities, collect(CASE WHEN created THEN e.id END) AS created
