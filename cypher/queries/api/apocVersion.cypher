// apocVersion — the version of the APOC plugin (run only when the server has it: serverPlugins).
// Parameters: none.
// Used by: src/neo4j/serverPlugins.ts.
RETURN apoc.version() AS version
