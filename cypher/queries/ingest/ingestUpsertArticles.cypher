// ingestUpsertArticles — creates or updates article nodes with their metadata and text.
// Null metadata (unknown outlet, author, date, url) removes the property: unknown is never guessed.
// toInteger: JavaScript numbers arrive as floats. The properties are set key by key: after a
// `SET a += row` of keys the planner cannot see, it buffered every row, texts included, twice
// (Eager).
// Parameters: $articles (list of map): id, title, language, outlet, author, publishedAt, url,
//   text, textSha256, factCount.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.language = row.language, a.outlet = row.outlet, a.author = row.author,
    a.publishedAt = row.publishedAt, a.url = row.url, a.text = row.text,
    a.textSha256 = row.textSha256, a.factCount = toInteger(row.factCount), a.loadedAt = datetime()
RETURN count(a) AS articles
