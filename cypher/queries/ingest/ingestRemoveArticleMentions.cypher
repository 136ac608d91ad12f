// ingestRemoveArticleMentions — before an article is (re)written: removes its MENTIONS and deletes
// the entities left with no relationship at all (mentioned by no other article, in no fact).
// Run after ingestRemoveArticleSources.
// Parameters: $articleId (string).
MATCH (:Article {id: $articleId})-[m:MENTIONS]->(e:Entity)
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deletedEntities
