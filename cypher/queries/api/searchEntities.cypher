// searchEntities — full-text search over entity names and aliases (index entity_names, which
// folds case and diacritics: "weisses haus" finds "Weißes Haus"). Best score first, ties by name.
// Parameters: $query (a Lucene query; the API escapes the user's text), $limit (int).
// Used by: GraphQL Query.search.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN properties(node) AS entity, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($limit)
