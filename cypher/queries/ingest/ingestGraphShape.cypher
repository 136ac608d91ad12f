// ingestGraphShape — how many nodes (of any label), entities, articles, MENTIONS and facts the graph
// holds (count store only). An initial import refuses a graph with any node, and compares the
// rest with what it wrote.
// Parameters: none.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, entities, articles, mentions, relationships - mentions AS facts
