/**
 * What a read-only Cypher statement may use beyond plain reading: the procedures and SHOW
 * commands that only describe the graph. Everything else that is not an ordinary read operator
 * is refused (see planGate.ts) — an allow-list, because Community Edition has no access control
 * and a new procedure must not become reachable just by being installed.
 */

/** Procedures an analyst may CALL: full-text search and schema introspection. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

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
