// pathsBetweenActors — how two actors are connected: every shortest chain of facts between them
// (up to 6 hops, in either direction), as readable steps and as a path for Browser's graph view.
// Each step goes from entity to entity, so a path follows facts, never an article's MENTIONS.
// Parameters: $fromId (string), $toId (string) — entity ids.
// Example:
//   :param fromId => 'karoline-leavitt'
//   :param toId => 'deepseek'
MATCH (from:Entity {id: $fromId})
MATCH (to:Entity {id: $toId})
MATCH p = ALL SHORTEST (from)((:Entity)--(:Entity)){1,6}(to)
RETURN length(p) AS hops,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | r.id] AS factIds,
       p AS path
ORDER BY steps
