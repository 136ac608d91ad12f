// connectedComponents — the separate islands of the graph: weakly connected components (Graph
// Data Science) over every relation between entities, largest first, each with its members.
// Entities with no relation at all are left out. One statement projects, computes and drops.
// Parameters: $graph (string) — a name for the projection no other running query uses.
// Example: :param graph => 'components'
MATCH (s:Entity)-[r:{{FACT_TYPES}}]->(t:Entity)
WITH gds.graph.project($graph, s, t) AS g
CALL gds.wcc.stream(g.graphName, {concurrency: 1}) YIELD nodeId, componentId
WITH g, collect({id: gds.util.asNode(nodeId).id, component: componentId}) AS rows
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND rows AS row
WITH row.component AS component, row.id AS id
ORDER BY id
WITH component, collect(id) AS members
RETURN members[0] AS component, size(members) AS size, members
ORDER BY size DESC, component
