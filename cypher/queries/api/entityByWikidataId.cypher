// entityByWikidataId — the entity holding a Wikidata item id (unique in the graph).
// Parameters: $wikidataId (string).
// Used by: GraphQL Query.entityByWikidataId.
// :param wikidataId => 'Q21708200'
MATCH (e:Entity {wikidataId: $wikidataId})
RETURN properties(e) AS entity
