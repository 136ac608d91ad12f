// articlesFilteredCount — how many articles articlesFiltered lists: its filters without the page.
// Parameters: $from, $to (ISO date-time strings, or null), $outlet (string, or null).
// :param from => '2025-02-04T00:00:00Z'
// :param to => null
// :param outlet => null
// Used by: ArticleConnection.totalCount of Query.articles with filters (only when asked for).
MATCH (a:Article)
WHERE ($from IS NULL OR a.publishedDate >= datetime($from))
  AND ($to IS NULL OR a.publishedDate < datetime($to))
  AND ($outlet IS NULL OR a.outlet = $outlet)
RETURN count(a) AS total
