// communities — the blocs of the graph: Louvain communities (Graph Data Science) over every
// relation between entities, directions ignored, on an in-memory projection that this statement
// makes and drops. An entity without relations is a community of its own.
// Louvain visits nodes in the order of their projected ids, and GDS derives those from the ids it
// is given; Neo4j's internal node ids depend on what was created and deleted before, so the same
// facts could give other blocs. The projection is therefore given each entity's position in id
// order instead (a target's position found by binary search in the sorted ids), in id order, and
// Louvain runs single-threaded: the same entities and relations always give the same partition.
// Each community is named by its first member's id, so the name does not depend on GDS's numbering.
// Parameters: $graph (a projection name no other statement uses).
// Used by: GraphQL Entity.community (src/graphql/ranking/).
MATCH (e:Entity)
WITH e.id AS id ORDER BY id
WITH collect(id) AS ids
WITH ids, size(ids) AS n,
     [p IN range(toInteger(ceil(log(size(ids) + 1) / log(2))), 0, -1) | toInteger(2 ^ p)] AS strides
UNWIND range(0, n - 1) AS source
MATCH (s:Entity {id: ids[source]})
UNWIND coalesce(nullif(COLLECT { MATCH (s)-[:{{FACT_TYPES}}]->(t:Entity) RETURN t.id ORDER BY t.id }, []), [null])
       AS targetId
// The target's position: past the last id below it, found in halving strides.
WITH source,
     CASE WHEN targetId IS NOT NULL THEN
       reduce(below = -1, stride IN strides |
         CASE WHEN below + stride < n AND ids[below + stride] < targetId THEN below + stride ELSE below END) + 1
     END AS target
WITH gds.graph.project($graph, source, target, {}, {undirectedRelationshipTypes: ['*']}) AS g
MATCH (e:Entity)
WITH g, e.id AS id ORDER BY id
WITH g, collect(id) AS ids
CALL gds.louvain.stream(g.graphName, {concurrency: 1}) YIELD nodeId, communityId
WITH g, collect({id: ids[nodeId], community: communityId}) AS rows
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND rows AS row
WITH row.community AS louvainId, collect(row.id) AS members
UNWIND members AS id
RETURN id, reduce(first = members[0], m IN members | CASE WHEN m < first THEN m ELSE first END) AS community,
       size(members) AS size
ORDER BY id
