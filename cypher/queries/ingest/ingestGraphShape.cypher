// ingestGraphShape — how many entities, articles, MENTIONS and facts the graph holds (count store
// only). An initial import compares these with what it wrote.
// Parameters: none.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN entities, articles, mentions, relationships - mentions AS facts
