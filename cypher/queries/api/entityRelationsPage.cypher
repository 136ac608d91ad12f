// entityRelationsPage — pages of the relations around entities, sorted by fact id: one page per
// entry of $keys, each with its own entity and filters. One query answers a whole level of a
// GraphQL request, whatever the fields ask: `accuses(first: 5)`, `accusedBy(first: 5)`, … `deniedBy`
// of every entity at that level are entries of one $keys (DataLoader batches them). Each entry
// expands its entity's relationships in one direction as a stream, filtered as they are read,
// and keeps the page of its sorted relations. Collecting an entity's whole neighbourhood into a
// list once and splitting it per entry in memory read less, but on a hub (11,000 relations in a
// graph of a million facts) the lists of one level's entries passed the server's memory limit
// per transaction (db.memory.transaction.max, 300 MiB here), so the request failed; streamed, that
// level takes about 0.1 s. Each row names its entry by `key`, the entry's index in $keys.
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
WITH key, $keys[key] AS k
MATCH (e:Entity {id: k.anchor})
// Out and in apart: a directed expansion of a dense node reads only that direction's chains, and
// an entry of one direction skips the other. UNION, not UNION ALL: a self-loop is in both, and
// once in a 'BOTH' page.
CALL (e, k) {
  MATCH (e)-[r:{{FACT_TYPES}}]->(other:Entity)
  WHERE k.direction <> 'IN'
  RETURN r, other
  UNION
  MATCH (e)<-[r:{{FACT_TYPES}}]-(other:Entity)
  WHERE k.direction <> 'OUT'
  RETURN r, other
}
WITH key, k, r, other
WHERE (k.types IS NULL OR type(r) IN k.types)
  AND (k.other IS NULL OR other.id = k.other)
  AND (k.article IS NULL OR k.article IN r.sourceArticleIds)
  AND (k.after IS NULL OR r.id > k.after)
  AND (k.asOf IS NULL OR r.firstReported < datetime(k.asOf))
  AND (k.reportedFrom IS NULL OR r.firstReported >= datetime(k.reportedFrom))
  AND (k.reportedTo IS NULL OR r.firstReported < datetime(k.reportedTo))
// LIMIT cannot depend on a row, so each page is its sorted relations sliced to the key's limit.
WITH key, k, r, r.id AS id
ORDER BY key, id
WITH key, k, collect(r)[..toInteger(k.limit)] AS page
UNWIND page AS r
RETURN key, type(r) AS type, properties(r) AS fact, properties(startNode(r)) AS subject, properties(endNode(r)) AS object
ORDER BY key, r.id
