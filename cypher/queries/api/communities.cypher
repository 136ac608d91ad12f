// communities — the blocs of the graph: Louvain communities (Graph Data Science) over every
// relation between entities, directions ignored, on an in-memory projection that this statement
// makes and drops. Single-threaded, so the same graph always gives the same partition; each
// community is named by its first member's id in id order, so the name does not depend on GDS's
// numbering either. An entity without relations is a community of its own.
// Parameters: $graph (a projection name no other statement uses).
// Used by: GraphQL Entity.community (src/graphql/ranking/).
MATCH (s:Entity)
OPTIONAL MATCH (s)-[r:{{FACT_TYPES}}]->(t:Entity)
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
CALL gds.louvain.stream(g.graphName, {concurrency: 1}) YIELD nodeId, communityId
WITH g, collect({id: gds.util.asNode(nodeId).id, community: communityId}) AS rows
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND rows AS row
WITH row.community AS louvainId, collect(row.id) AS members
UNWIND members AS id
RETURN id, reduce(first = members[0], m IN members | CASE WHEN m < first THEN m ELSE first END) AS community,
       size(members) AS size
ORDER BY id
