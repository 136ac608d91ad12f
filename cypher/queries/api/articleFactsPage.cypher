// articleFactsPage — the relations (facts) each of several articles states: one page per article,
// sorted by fact id. The article's MENTIONS lead to the subjects, so no relationship scan.
// Parameters: $ids (list of article ids), $types (list of relation type names, or null for all),
//   $after (fact id of the last relation of the previous page, or null), $limit (int, per article).
// Used by: GraphQL Article.facts, Query.relations(article:).
UNWIND $ids AS anchor
MATCH (a:Article {id: anchor})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(s:Entity)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]->(o:Entity)
  WHERE a.id IN r.sourceArticleIds
    AND ($types IS NULL OR type(r) IN $types)
    AND ($after IS NULL OR r.id > $after)
  RETURN r, s, o
  ORDER BY r.id
  LIMIT toInteger($limit)
}
RETURN anchor, type(r) AS type, properties(r) AS fact, properties(s) AS subject, properties(o) AS object
ORDER BY anchor, r.id
