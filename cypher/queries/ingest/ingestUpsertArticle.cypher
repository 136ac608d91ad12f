// ingestUpsertArticle — creates or updates an article node with its metadata and text.
// Null metadata (unknown outlet, author, date, url) removes the property: unknown is never guessed.
// toInteger: JavaScript numbers arrive as floats.
// Parameters: $article (map): id, title, language, outlet, author, publishedAt, url, text, textSha256, factCount.
MERGE (a:Article {id: $article.id})
SET a += $article, a.factCount = toInteger($article.factCount), a.loadedAt = datetime()
RETURN a.id AS id
