// articlesFiltered — one page of articles without their text, optionally only those published in
// a period or by one outlet, sorted by id or by publication (undated last, then by id).
// Parameters: $from, $to (ISO date-time strings, or null: published at or after $from, before
//   $to; an undated article is in no period), $outlet (string, or null), $orderBy ('ID' or
//   'PUBLISHED'), $after (the last row of the previous page: {id, published: ISO date-time
//   string or null}, or null), $limit (int).
// :param from => '2025-02-04T00:00:00Z'
// :param to => null
// :param outlet => null
// :param orderBy => 'PUBLISHED'
// :param after => null
// :param limit => 20
// Used by: GraphQL Query.articles with from, to, outlet or orderBy: PUBLISHED.
MATCH (a:Article)
WHERE ($from IS NULL OR a.publishedDate >= datetime($from))
  AND ($to IS NULL OR a.publishedDate < datetime($to))
  AND ($outlet IS NULL OR a.outlet = $outlet)
  AND ($after IS NULL OR CASE $orderBy
    WHEN 'PUBLISHED' THEN
      ($after.published IS NULL AND a.publishedDate IS NULL AND a.id > $after.id)
      OR ($after.published IS NOT NULL AND (a.publishedDate IS NULL
        OR a.publishedDate > datetime($after.published)
        OR (a.publishedDate = datetime($after.published) AND a.id > $after.id)))
    ELSE a.id > $after.id END)
RETURN a { .*, text: null } AS article
ORDER BY CASE WHEN $orderBy = 'PUBLISHED' THEN a.publishedDate END, a.id
LIMIT toInteger($limit)
