// entitiesByAlias — entities whose name or alias matches some words, German or English:
// full-text index `entity_names` (case and diacritics folded: "weisses haus" finds "Weißes Haus").
// Parameters: $text (string) — the words; Lucene syntax works ("…" for a phrase, * for a prefix;
//   escape + - ! ( ) { } [ ] ^ ~ : \ / with a backslash).
// Example: :param text => 'Weißes Haus'
// Best match first; at most 20.
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT 20
