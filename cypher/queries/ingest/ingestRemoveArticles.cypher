// ingestRemoveArticles — before articles are (re)written, or when they are removed: deletes each
// article's claims and MENTIONS; a fact left with no claim is deleted (except those named in
// $keepIds), an entity left with no relationship at all too. Claims and mentions of other
// articles stay; the facts and entities that keep some are returned, for ingestDeriveFacts and
// ingestDeriveEntities to derive their values again without the removed articles. Articles not
// in the graph cost one index seek each, so the loader runs this for every article it writes.
// The article nodes themselves stay (removeArticleNode).
// $keepIds: facts the loader writes again right after, with the same ends and new claims. They
// keep their relationship, left with no claim for that moment, instead of being deleted and
// created again: a CREATE checks the fact-id constraint by an index seek, and in a transaction
// that has deleted thousands of relationships each seek merges all those deletions — reloading
// 25,000 facts was quadratic, and a batch of 500 articles ran a 4 GB server out of heap.
// Facts an article stated run between entities it mentions, so the search starts there: at each
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
  SET r.sourceArticleIds = [x IN r.sourceArticleIds WHERE NOT x IN $articleIds]
  WITH r, size(r.sourceArticleIds) AS others
  WITH collect(CASE WHEN others = 0 AND NOT r.id IN coalesce($keepIds, []) THEN r END) AS doomed,
       collect(CASE WHEN others > 0 THEN elementId(r) END) AS touchedFacts
  FOREACH (r IN doomed | DELETE r)
  RETURN size(doomed) AS deletedFacts, touchedFacts
}
CALL () {
  MATCH (a:Article)-[:STATES]->(c:Claim)
  WHERE a.id IN $articleIds
  DETACH DELETE c
  RETURN count(*) AS deletedClaims
}
CALL () {
  MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
  WHERE a.id IN $articleIds
  DELETE m
  WITH DISTINCT e
  CALL (e) {
    WITH e WHERE NOT EXISTS { (e)--() }
    DELETE e
    RETURN 1 AS gone
    UNION
    WITH e WHERE EXISTS { (e)--() }
    RETURN 0 AS gone
  }
  WITH collect(CASE WHEN gone = 0 THEN e.id END) AS touchedEntities, sum(gone) AS deletedEntities
  RETURN deletedEntities, touchedEntities
}
RETURN deletedFacts, deletedClaims, deletedEntities, touchedFacts, touchedEntities
