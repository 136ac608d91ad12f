// graphStats — how much the graph holds: entities, relations (facts) between entities, articles.
// Parameters: none.
// Used by: GraphQL Query.stats.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN entities, relations, articles
