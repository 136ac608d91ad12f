// ingestFactCount — how many facts the graph holds (from the count store: no relationship read).
// Parameters: none.
MATCH ()-[r:{{FACT_TYPES}}]->()
RETURN count(r) AS facts
