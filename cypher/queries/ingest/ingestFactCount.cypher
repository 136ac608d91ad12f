// ingestFactCount — how many facts the graph holds (from the count store: no relationship read).
// Parameters: none.
MATCH ()-[r:ACCUSES|INVESTIGATES|BANS|RESTRICTS|DENIES|REPORTS|COMMENTS_ON|ATTACKS|INVESTS_IN|DEVELOPS|COMPETES_WITH|USES|HOLDS_POSITION|PART_OF]->()
RETURN count(r) AS facts
