// articlesPage — one page of articles sorted by id, without their text.
// Parameters: $after (id of the last article of the previous page, or null), $limit (int).
// Used by: GraphQL Query.articles (keyset pagination on id).
MATCH (a:Article)
WHERE $after IS NULL OR a.id > $after
RETURN a { .*, text: null } AS article
ORDER BY a.id
LIMIT toInteger($limit)
