// articlesCount — how many articles there are.
// Parameters: none.
// Used by: GraphQL ArticleConnection.totalCount of Query.articles (only when asked for).
MATCH (a:Article)
RETURN count(a) AS total
