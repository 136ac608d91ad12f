// ingestRemoveArticles — before articles are (re)written, or when they are removed: takes each
// article's source off every fact it sourced (facts left with no source are deleted, except those
// named in $keepIds), then removes its MENTIONS and deletes the entities left with no relationship
// at all. Sources and mentions of other articles stay. Articles not in the graph cost one index
// seek each, so the loader runs this for every article it writes. The article nodes themselves
// stay (removeArticleNode).
// $keepIds: facts the loader writes again right after, with the same ends (ingestRewriteFacts).
// They keep their relationship, left with no source for that moment, instead of being deleted and
// created again: a CREATE checks the fact-id constraint by an index seek, and in a transaction
// that has deleted thousands of relationships each seek merges all those deletions — reloading
// 25,000 facts was quadratic, and a batch of 500 articles ran a 4 GB server out of heap.
// Facts an article sourced run between entities it mentions, so the search starts there: at each
// entity any of the articles mentions, once (DISTINCT) — expanding it once per article that names
// it read a hub's relationships hundreds of times in a batch of reloaded articles.
// Parameters: $articleIds (list of string); $keepIds (list of string, or null for none).
// :param articleIds => ['efa1921cf80bbea2']
// :param keepIds => []
CALL () {
  MATCH (a:Article)-[:MENTIONS]->(e:Entity)
  WHERE a.id IN $articleIds
  WITH DISTINCT e
  MATCH (e)-[r]->(:Entity)
  WHERE any(x IN r.sourceArticleIds WHERE x IN $articleIds)
  WITH r, [i IN range(0, size(r.sourceArticleIds) - 1) WHERE NOT r.sourceArticleIds[i] IN $articleIds] AS keep
  SET r.sourceArticleIds = [i IN keep | r.sourceArticleIds[i]],
      r.sourceQuotes = [i IN keep | r.sourceQuotes[i]],
      r.sourceStarts = [i IN keep | r.sourceStarts[i]]
  WITH r, keep
  WHERE size(keep) = 0 AND NOT r.id IN coalesce($keepIds, [])
  DELETE r
  RETURN count(*) AS deletedFacts
}
CALL () {
  MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
  WHERE a.id IN $articleIds
  DELETE m
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)--() }
  DELETE e
  RETURN count(*) AS deletedEntities
}
RETURN deletedFacts, deletedEntities
