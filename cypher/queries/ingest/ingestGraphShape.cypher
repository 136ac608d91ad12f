// ingestGraphShape — how many nodes (of any label), entities, articles, claims, MENTIONS and facts
// the graph holds (count store only). An initial import refuses a graph with any node, and
// compares the rest with what it wrote.
// Parameters: none.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[s:STATES]->() RETURN count(s) AS states }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, entities, articles, claims, mentions, relationships - mentions - states AS facts
