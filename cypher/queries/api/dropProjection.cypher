// dropProjection — removes a GDS projection a failed ranking or communities statement left
// behind (false: no error when there is none).
// Parameters: $graph.
// Used by: src/graphql/ranking/graphAlgorithms.ts.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
