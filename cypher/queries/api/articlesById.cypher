// articlesById — the articles with these ids, without their text (see articleTexts).
// Parameters: $ids (list of article ids).
// Used by: GraphQL Query.article, Source.article (one query per request level, via DataLoader).
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a { .*, text: null } AS article
