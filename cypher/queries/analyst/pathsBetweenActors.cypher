// pathsBetweenActors — how two actors are connected: every shortest chain of facts between them
// (up to 6 hops, in either direction), as readable steps and as a path for Browser's graph view.
// Parameters: $fromId (string), $toId (string) — entity ids.
// Example:
//   :param fromId => 'karoline-leavitt'
//   :param toId => 'deepseek'
MATCH (from:Entity {id: $fromId})
MATCH (to:Entity {id: $toId})
MATCH p = allShortestPaths((from)-[:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF*..6]-(to))
RETURN length(p) AS hops,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | r.id] AS factIds,
       p AS path
ORDER BY steps
