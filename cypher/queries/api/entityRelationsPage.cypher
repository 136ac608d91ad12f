// entityRelationsPage — pages of the relations around entities, sorted by fact id: one page per
// entry of $keys, each with its own entity and filters. One query answers a whole level of a
// GraphQL request, whatever the fields ask: `accuses(first: 5)`, `accusedBy(first: 5)`, … `deniedBy`
// of every entity at that level are entries of one $keys (DataLoader batches them). The entries
// are grouped by entity: each entity is found once (an index seek on Entity.id) and its
// relationships are expanded once, then split into the entries' pages in memory — expanding them
// per entry read a hub's whole neighbourhood 8 times per level (question b), which is what grew
// with the graph. Each row names its entry by `key`, the entry's index in $keys.
// Parameters: $keys (list of maps, one per page: anchor — entity id; direction — 'OUT' (the
//   entity is the subject), 'IN' (the object) or 'BOTH'; types — list of relation type names, or
//   null for all; other — id of the entity at the other end, or null; article — id of an article
//   the fact must cite, or null; after — fact id of the last relation of the previous page, or
//   null; asOf — ISO date-time: only facts first reported before it (the graph as known then:
//   the API derives their values then with factsAsOf), or null; reportedFrom, reportedTo — ISO
//   date-times: only facts first reported at or after / before them, or null; limit — page size, int;
//   keys left out count as null). Example (Neo4j Browser):
//   :param keys => [{anchor: 'deepseek', direction: 'IN', types: ['ACCUSES'], other: null, article: null, after: null, limit: 5}, {anchor: 'deepseek', direction: 'OUT', types: ['DENIES'], other: null, article: null, after: null, limit: 5}]
// Used by: GraphQL Entity.relations / accuses / accusedBy / …, Query.relations(subject:|object:).
UNWIND range(0, size($keys) - 1) AS key
WITH $keys[key].anchor AS anchor, collect(key) AS keysOfAnchor
MATCH (e:Entity {id: anchor})
// Out and in apart: the direction is then known without comparing each end with e, and a directed
// expansion of a dense node reads only that direction's chains.
CALL (e) {
  MATCH (e)-[r:{{FACT_TYPES}}]->(:Entity)
  RETURN collect({r: r, type: type(r), out: true}) AS outgoing
}
CALL (e) {
  MATCH (e)<-[r:{{FACT_TYPES}}]-(:Entity)
  RETURN collect({r: r, type: type(r), out: false}) AS incoming
}
UNWIND keysOfAnchor AS key
WITH key, $keys[key] AS k, outgoing + incoming AS around
// LIMIT cannot depend on a row, so each page is its sorted relations sliced to the key's limit.
// DISTINCT: a self-loop is in both lists, and once in a 'BOTH' page.
WITH key, k, COLLECT {
  UNWIND around AS x
  WITH x
  WHERE (k.direction <> 'OUT' OR x.out)
    AND (k.direction <> 'IN' OR NOT x.out)
    AND (k.types IS NULL OR x.type IN k.types)
    AND (k.other IS NULL OR (CASE WHEN x.out THEN endNode(x.r) ELSE startNode(x.r) END).id = k.other)
    AND (k.article IS NULL OR k.article IN x.r.sourceArticleIds)
    AND (k.after IS NULL OR x.r.id > k.after)
    AND (k.asOf IS NULL OR x.r.firstReported < datetime(k.asOf))
    AND (k.reportedFrom IS NULL OR x.r.firstReported >= datetime(k.reportedFrom))
    AND (k.reportedTo IS NULL OR x.r.firstReported < datetime(k.reportedTo))
  WITH DISTINCT x.r AS r
  RETURN r ORDER BY r.id
}[..toInteger(k.limit)] AS page
UNWIND page AS r
RETURN key, type(r) AS type, properties(r) AS fact, properties(startNode(r)) AS subject, properties(endNode(r)) AS object
ORDER BY key, r.id
