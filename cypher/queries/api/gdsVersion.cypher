// gdsVersion — the version of the Graph Data Science plugin (run only when the server has it: serverPlugins).
// Parameters: none.
// Used by: src/neo4j/serverPlugins.ts.
RETURN gds.version() AS version
