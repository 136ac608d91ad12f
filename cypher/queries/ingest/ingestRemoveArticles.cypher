// ingestRemoveArticles — before articles are (re)written, or when they are removed: takes each
// article's source off every fact it sourced (facts left with no source are deleted), then removes
// its MENTIONS and deletes the entities left with no relationship at all. Sources and mentions of
// other articles stay. Articles not in the graph cost one index seek each, so the loader runs
// this for every article it writes. The article nodes themselves stay (removeArticleNode).
// Facts an article sourced run between entities it mentions, so the search starts there.
// Parameters: $articleIds (list of string).
// :param articleIds => ['efa1921cf80bbea2']
CALL () {
  MATCH (a:Article)-[:MENTIONS]->(:Entity)-[r]->(:Entity)
  WHERE a.id IN $articleIds AND any(x IN r.sourceArticleIds WHERE x IN $articleIds)
  WITH DISTINCT r
  WITH r, [i IN range(0, size(r.sourceArticleIds) - 1) WHERE NOT r.sourceArticleIds[i] IN $articleIds] AS keep
  SET r.sourceArticleIds = [i IN keep | r.sourceArticleIds[i]],
      r.sourceQuotes = [i IN keep | r.sourceQuotes[i]],
      r.sourceStarts = [i IN keep | r.sourceStarts[i]]
  WITH r, keep
  WHERE size(keep) = 0
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
