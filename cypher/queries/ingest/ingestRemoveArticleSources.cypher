// ingestRemoveArticleSources — before an article is (re)written: removes the article's source from
// every fact it sourced, and deletes the facts left with no source. Sources from other articles stay.
// Facts an article sourced run between entities it mentions, so the search starts there.
// Parameters: $articleId (string).
MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WHERE $articleId IN r.sourceArticleIds
WITH DISTINCT r
WITH r, [i IN range(0, size(r.sourceArticleIds) - 1) WHERE r.sourceArticleIds[i] <> $articleId] AS keep
WITH r, keep,
     [i IN keep | r.sourceArticleIds[i]] AS articleIds,
     [i IN keep | r.sourceQuotes[i]] AS quotes,
     [i IN keep | r.sourceStarts[i]] AS starts
SET r.sourceArticleIds = articleIds, r.sourceQuotes = quotes, r.sourceStarts = starts
WITH r, keep
WHERE size(keep) = 0
DELETE r
RETURN count(*) AS deletedFacts
