/**
 * What a read-only Cypher statement may use beyond plain reading: the procedures, functions and
 * SHOW commands that only describe or compute over the graph. Everything else that is not an
 * ordinary read operator is refused (see planGate.ts) — allow-lists, because Community Edition
 * has no access control and a new procedure must not become reachable just by being installed.
 *
 * APOC and Graph Data Science (on the local server by default) add hundreds of procedures and
 * functions; only read-only ones are listed. Refused by not being here: APOC's writes (create,
 * merge, refactor, periodic, trigger, schema), every file or URL access (load, import, export,
 * log), Cypher run from strings (apoc.cypher.*, which the plan would not show), and GDS's
 * mutate and write modes, model training and Cypher projections from strings
 * (gds.graph.project.cypher).
 */

/** Procedures an analyst may CALL by name: full-text search, schema introspection, APOC reads, GDS catalog. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  // APOC: path expansion, neighbourhoods, path algorithms and schema statistics.
  'apoc.path.expand',
  'apoc.path.expandConfig',
  'apoc.path.subgraphNodes',
  'apoc.path.subgraphAll',
  'apoc.path.spanningTree',
  'apoc.neighbors.athop',
  'apoc.neighbors.athop.count',
  'apoc.neighbors.byhop',
  'apoc.neighbors.byhop.count',
  'apoc.neighbors.tohop',
  'apoc.neighbors.tohop.count',
  'apoc.algo.dijkstra',
  'apoc.algo.aStar',
  'apoc.algo.allSimplePaths',
  'apoc.meta.schema',
  'apoc.meta.stats',
  'apoc.meta.data',
  'apoc.meta.nodeTypeProperties',
  'apoc.meta.relTypeProperties',
  'apoc.help',
  // GDS: an in-memory projection (a copy in the heap, not a database write) and its removal —
  // a statement that projects must also drop (planGate.ts) — and the catalog's listing.
  'gds.graph.project',
  'gds.graph.drop',
  'gds.graph.list',
  'gds.graph.exists',
  'gds.version',
]);

/**
 * GDS algorithms in the modes that only return rows: stream (the result per node or pair),
 * stats (summary) and estimate (memory). mutate and write change the projection or the database.
 */
export const ALLOWED_PROCEDURE_PATTERN =
  /^gds\.(?:alpha\.|beta\.)?[\w.]+\.(?:stream|stats|estimate|stream\.estimate|stats\.estimate)$/;

/** Procedures that would slip through the pattern but are not read-only computations. */
export const REFUSED_PROCEDURES: ReadonlySet<string> = new Set([
  // Runs the node and relationship queries it is given as strings: their plans are never checked.
  'gds.graph.project.cypher',
  'gds.graph.project.cypher.estimate',
]);

/**
 * Namespaces of Neo4j's own functions (temporal, spatial, vector, database names): all read-only.
 * A namespaced function outside them must be in ALLOWED_FUNCTIONS.
 */
export const BUILT_IN_FUNCTION_NAMESPACES: ReadonlySet<string> = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
  'db',
  'graph',
]);

/**
 * Plugin functions an analyst may call: APOC's pure functions over values, nodes and paths, and
 * GDS's helpers. A trailing `.*` allows a whole namespace.
 */
export const ALLOWED_FUNCTIONS: readonly string[] = [
  'apoc.version',
  'apoc.coll.*',
  'apoc.map.*',
  'apoc.text.*',
  'apoc.convert.*',
  'apoc.date.*',
  'apoc.temporal.*',
  'apoc.math.*',
  'apoc.number.*',
  'apoc.agg.*',
  'apoc.bitwise.*',
  'apoc.hashing.*',
  'apoc.scoring.*',
  'apoc.label.*',
  'apoc.node.*',
  'apoc.rel.*',
  'apoc.any.*',
  'apoc.nodes.connected',
  'apoc.nodes.isDense',
  'apoc.path.*',
  'apoc.meta.cypher.*',
  'apoc.util.md5',
  'apoc.util.sha1',
  'apoc.util.sha256',
  'apoc.json.path',
  'gds.version',
  'gds.util.asNode',
  'gds.util.asNodes',
  'gds.util.NaN',
  'gds.util.infinity',
  'gds.util.isFinite',
  'gds.util.isInfinite',
  'gds.similarity.*',
  'gds.graph.exists',
  // Cypher-aggregation projection: its input rows are planned with the statement (so checked).
  'gds.graph.project',
];

/**
 * SHOW commands that describe the schema. SHOW TRANSACTIONS (other clients' queries and
 * parameters), SHOW SETTINGS (server paths and ports) and the rest stay refused.
 */
export const ALLOWED_SHOW_OPERATORS: ReadonlySet<string> = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);
