// ingestFactIds — the id and type of every fact in the graph, read from the relationship-type
// indexes (no properties but the id are touched). Before a large load into a small graph, one
// pass over the graph's ids is far cheaper than seeking each loaded id in all fourteen indexes
// (ingestFactsById); src/ingest/factsInGraph.ts picks whichever is less work.
// Parameters: none.
MATCH ()-[r:{{FACT_TYPES}}]->()
WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) AS type
