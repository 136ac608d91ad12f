// ingestUpsertArticles — creates or updates article nodes with their metadata and text.
// Null metadata (unknown outlet, author, date, url) removes the property: unknown is never guessed.
// toInteger: JavaScript numbers arrive as floats. The properties are set key by key: after a
// `SET a += row` of keys the planner cannot see, it buffered every row, texts included, twice
// (Eager).
// publishedAt is kept as written ("2025-02"); publishedDate is its first instant as a DATETIME
// (any precision orders and compares), publishedPrecision says which: year, month, day, instant.
// Parameters: $articles (list of map): id, title, language, outlet, author, publishedAt,
//   publishedDate (ISO string or null), publishedPrecision, url, text, textSha256, factCount.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.language = row.language, a.outlet = row.outlet, a.author = row.author,
    a.publishedAt = row.publishedAt, a.publishedDate = datetime(row.publishedDate),
    a.publishedPrecision = row.publishedPrecision, a.url = row.url, a.text = row.text,
    a.textSha256 = row.textSha256, a.factCount = toInteger(row.factCount), a.loadedAt = datetime()
RETURN count(a) AS articles
