// graphStats — how much the graph holds: entities, relations (facts) between entities, articles.
// Parameters: none.
// Used by: GraphQL Query.stats.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r:{{FACT_TYPES}}]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN entities, relations, articles
