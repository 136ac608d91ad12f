// whoAccusedWhom — who accused whom, of what, with every source: the article and its verbatim quote.
// Parameters: $accuserId (string or null), $accusedId (string or null) — entity ids; null = anyone.
// Example (Neo4j Browser or cypher-shell; set both, null for "any"):
//   :param accuserId => null
//   :param accusedId => 'deepseek'
// One row per accusation and source (an accusation reported by two articles has two rows).
MATCH (accuser:Entity)-[acc:ACCUSES]->(accused:Entity)
WHERE ($accuserId IS NULL OR accuser.id = $accuserId)
  AND ($accusedId IS NULL OR accused.id = $accusedId)
UNWIND range(0, size(acc.sourceArticleIds) - 1) AS i
OPTIONAL MATCH (article:Article {id: acc.sourceArticleIds[i]})
RETURN accuser.name AS accuser,
       accused.name AS accused,
       acc.about AS about,
       acc.summary AS summary,
       acc.modality AS modality,
       acc.id AS factId,
       acc.sourceArticleIds[i] AS articleId,
       article.title AS articleTitle,
       acc.sourceQuotes[i] AS quote
ORDER BY accuser, accused, factId, articleId
