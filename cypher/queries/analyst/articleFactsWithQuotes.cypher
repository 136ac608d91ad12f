// articleFactsWithQuotes — every fact one article states, in the order its quotes appear in the
// text: subject, relation, object, the English summary and the verbatim quote with its offset.
// Parameters: $articleId (string) — the article's id.
// Example: :param articleId => 'efa1921cf80bbea2'
// A fact reported by several articles lists them all in its source lists; only this article's
// source (its quote and offset) is returned.
MATCH (article:Article {id: $articleId})-[:MENTIONS]->(subject:Entity)
MATCH (subject)-[r]->(object:Entity)
WHERE $articleId IN r.sourceArticleIds
UNWIND [i IN range(0, size(r.sourceArticleIds) - 1) WHERE r.sourceArticleIds[i] = $articleId] AS i
RETURN r.sourceStarts[i] AS quoteStart,
       subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.summary AS summary,
       r.modality AS modality,
       r.sourceQuotes[i] AS quote,
       r.id AS factId
ORDER BY quoteStart, factId
