// articleEntities — the entities each of several articles mentions, sorted by name.
// Parameters: $ids (list of article ids).
// Used by: GraphQL Article.entities (one query per request level, via DataLoader).
UNWIND $ids AS anchor
MATCH (:Article {id: anchor})-[:MENTIONS]->(e:Entity)
RETURN anchor, properties(e) AS entity
ORDER BY anchor, e.name, e.id
