// articleFactsCount — how many relations (facts) each of several articles states.
// Parameters: $ids (list of article ids), $types (list of relation type names, or null for all).
// Used by: GraphQL RelationConnection.totalCount under Article.facts (only when asked for).
UNWIND $ids AS anchor
MATCH (a:Article {id: anchor})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Entity)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]->(:Entity)
  WHERE a.id IN r.sourceArticleIds
    AND ($types IS NULL OR type(r) IN $types)
  RETURN count(r) AS total
}
RETURN anchor, total
