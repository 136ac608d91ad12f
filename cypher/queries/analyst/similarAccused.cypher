// similarAccused — who is accused alongside whom: node similarity (Graph Data Science, Jaccard)
// of accused parties by the sets of their accusers — 1.0 when exactly the same parties accuse
// both. Each pair once, most similar first. One statement projects (accused → accuser, so the
// accused are compared by whom they point back to), computes and drops.
// Parameters: $graph (string) — a name for the projection no other running query uses.
// Example: :param graph => 'similar-accused'
MATCH (accuser:Entity)-[:ACCUSES]->(accused:Entity)
WITH gds.graph.project($graph, accused, accuser) AS g
CALL gds.nodeSimilarity.stream(g.graphName, {concurrency: 1, topK: 10}) YIELD node1, node2, similarity
WITH g, collect({a: gds.util.asNode(node1).id, b: gds.util.asNode(node2).id, similarity: similarity}) AS pairs
CALL gds.graph.drop(g.graphName) YIELD graphName
UNWIND pairs AS p
WITH p WHERE p.a < p.b
RETURN p.a AS accused, p.b AS alongside, round(p.similarity, 4) AS similarity,
       COLLECT {
         MATCH (x:Entity)-[:ACCUSES]->(:Entity {id: p.a})
         WHERE EXISTS { (x)-[:ACCUSES]->(:Entity {id: p.b}) }
         RETURN DISTINCT x.id AS id ORDER BY id
       } AS sharedAccusers
ORDER BY similarity DESC, accused, alongside
