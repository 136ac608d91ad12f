// louvainCommunities — the blocs of the graph: Louvain communities (Graph Data Science) over
// every relation between entities, directions ignored — groups more connected among themselves
// than to the rest. Louvain starts from a random order in general; single-threaded on the same
// graph it gives the same partition, and each community is named by its first member's id in id
// order, so the answer does not depend on GDS's numbering. Largest first, with their members.
// One statement projects, computes and drops.
// Parameters: $graph (string) — a name for the projection no other running query uses.
// Example: :param graph => 'communities'
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(t:Entity)
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
CALL gds.louvain.stream(g.graphName, {concurrency: 1}) YIELD nodeId, communityId
WITH g, collect({entity: gds.util.asNode(nodeId), community: communityId}) AS rows
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND rows AS row
WITH row.community AS community, row.entity AS e
ORDER BY e.id
WITH community, collect(e.id) AS members, collect(e.name) AS names
RETURN members[0] AS community, size(members) AS size, names AS members
ORDER BY size DESC, community
