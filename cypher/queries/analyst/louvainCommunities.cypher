// louvainCommunities — the blocs of the graph: Louvain communities (Graph Data Science) over
// every relation between entities, directions ignored — groups more connected among themselves
// than to the rest. Largest first, with their members; an entity without relations is a
// community of its own. One statement projects, computes and drops.
// Louvain visits nodes in the order of their projected ids, which GDS derives from the ids it is
// given. Neo4j's internal node ids depend on what was created and deleted before, so projecting
// nodes could give other blocs for the same facts; this gives GDS each entity's position in id
// order instead (a target's position by binary search in the sorted ids) and runs single-threaded,
// so the same entities and relations always give the same partition — the one Entity.community
// shows in the API (cypher/queries/api/communities.cypher projects alike). Each community is
// named by its first member's id, so the answer does not depend on GDS's numbering either.
// Parameters: $graph (string) — a name for the projection no other running query uses.
// Example: :param graph => 'communities'
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
MATCH (e:Entity {id: row.id})
WITH row.community AS community, e
ORDER BY e.id
WITH community, collect(e.id) AS members, collect(e.name) AS names
RETURN members[0] AS community, size(members) AS size, names AS members
ORDER BY size DESC, community
