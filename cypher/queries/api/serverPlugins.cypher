// serverPlugins — which of the plugins newsgraph uses the server has: the names of their version
// functions (apoc.version, gds.version) among the server's functions.
// Parameters: none.
// Used by: the start-up log (main.ts) and GraphQL Query.stats.plugins (src/neo4j/serverPlugins.ts).
SHOW FUNCTIONS YIELD name
WHERE name IN ['apoc.version', 'gds.version']
RETURN collect(name) AS present
