// ingestUpsertArticles — creates or updates article nodes with their metadata and text.
// Null metadata (unknown outlet, author, date, url) removes the property: unknown is never guessed.
// toInteger: JavaScript numbers arrive as floats.
// Parameters: $articles (list of map): id, title, language, outlet, author, publishedAt, url,
//   text, textSha256, factCount.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a += row, a.factCount = toInteger(row.factCount), a.loadedAt = datetime()
RETURN count(a) AS articles
