// articleTexts — the full texts of these articles (kept apart so lists don't carry them).
// Parameters: $ids (list of article ids).
// Used by: GraphQL Article.text (one query per request level, via DataLoader).
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.text AS text
