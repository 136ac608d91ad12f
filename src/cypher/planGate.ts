/**
 * The gate of `Query.cypher`: judges a statement by Neo4j's own plan for it (EXPLAIN), never by
 * its text — comments, mixed case, subqueries and string tricks cannot hide an operator from the
 * planner. A statement passes only if every operator reads, every procedure is on the allow-list,
 * and Neo4j classifies the whole statement as read-only (query type `r`).
 */
import type { Plan } from 'neo4j-driver';
import {
  ALLOWED_FUNCTIONS,
  ALLOWED_PROCEDURE_PATTERN,
  ALLOWED_PROCEDURES,
  ALLOWED_SHOW_OPERATORS,
  BUILT_IN_FUNCTION_NAMESPACES,
  REFUSED_PROCEDURES,
} from './allowLists.js';
import { CypherRefused } from './cypherErrors.js';

const READ_ONLY_HINT = 'Query.cypher runs read-only queries only.';

/** Operators that change the graph or the schema (Create, Merge, SetProperty, Foreach, …). */
const WRITE_OPERATOR =
  /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|TransactionForeach|TransactionApply|Drop|DoNothingIfExists)/;

/** Administration and transaction management: users, databases, other clients' transactions. */
const ADMIN_OPERATOR =
  /^(AdministrationCommand|Show|Terminate|Alter|Grant|Deny|Revoke|Start|Stop|Enable|Rename)/;

/** Throws CypherRefused naming the first thing in the plan that is not a plain read. */
export function checkReadOnlyPlan(queryType: string, plan: Plan | false): void {
  if (!plan)
    throw new CypherRefused('NOT_PLANNABLE', `Refused: Neo4j returned no plan for it. ${READ_ONLY_HINT}`);
  const procedures: string[] = [];
  checkOperator(plan, procedures);
  checkProjectionsDropped(procedures, plan);
  if (queryType !== 'r')
    throw new CypherRefused(
      'NOT_READ_ONLY',
      `Refused: Neo4j classifies this statement as ${describeQueryType(queryType)}. ${READ_ONLY_HINT}`,
    );
}

function checkOperator(plan: Plan, procedures: string[]): void {
  // Operator names carry the database they run on in 5.x ("Create@neo4j").
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (operator === 'LoadCSV')
    throw new CypherRefused(
      'LOAD_CSV',
      `Refused: LOAD CSV reads files and URLs from the database server. ${READ_ONLY_HINT}`,
    );
  checkFunctions(plan);
  if (operator === 'ProcedureCall') procedures.push(checkProcedure(plan));
  else if (WRITE_OPERATOR.test(operator))
    throw new CypherRefused('WRITE', `Refused: the statement writes (${operator}). ${READ_ONLY_HINT}`);
  else if (ADMIN_OPERATOR.test(operator) && !ALLOWED_SHOW_OPERATORS.has(operator))
    throw new CypherRefused(
      'ADMIN_COMMAND',
      `Refused: administration and transaction commands are not available (${operator}). ${READ_ONLY_HINT}`,
    );
  for (const child of plan.children) checkOperator(child, procedures);
}

/** The procedure's name once it is allowed. */
function checkProcedure(plan: Plan): string {
  const details = String(plan.arguments['Details'] ?? '');
  const name = /^([\w.]+)\(/.exec(details)?.[1];
  if (name && isAllowedProcedure(name)) return name;
  throw new CypherRefused(
    'PROCEDURE_NOT_ALLOWED',
    `Refused: procedure ${name ?? '(unknown)'} is not on the allow-list ` +
      `(${[...ALLOWED_PROCEDURES].join(', ')}, and GDS algorithms in stream, stats and estimate mode). ` +
      READ_ONLY_HINT,
  );
}

function isAllowedProcedure(name: string): boolean {
  if (REFUSED_PROCEDURES.has(name)) return false;
  return ALLOWED_PROCEDURES.has(name) || ALLOWED_PROCEDURE_PATTERN.test(name);
}

/**
 * Namespaced function calls in an operator's details (`apoc.text.join(…)`; string literals are
 * parameters in a plan, so their text cannot fake one). Plain names (`count(…)`) are Cypher's own.
 */
const FUNCTION_CALL = /(?<![\w.$])([A-Za-z_]\w*(?:\.\w+)+)\s*\(/g;

function checkFunctions(plan: Plan): void {
  const details = String(plan.arguments['Details'] ?? '');
  for (const [, name] of details.matchAll(FUNCTION_CALL)) {
    if (!name || (plan.operatorType.startsWith('ProcedureCall') && details.startsWith(`${name}(`))) continue;
    if (BUILT_IN_FUNCTION_NAMESPACES.has(name.split('.')[0]!.toLowerCase())) continue;
    if (ALLOWED_FUNCTIONS.some((f) => (f.endsWith('.*') ? name.startsWith(f.slice(0, -1)) : name === f)))
      continue;
    throw new CypherRefused(
      'FUNCTION_NOT_ALLOWED',
      `Refused: function ${name} is not on the allow-list of plugin functions (src/cypher/allowLists.ts). ` +
        READ_ONLY_HINT,
    );
  }
}

/**
 * A GDS projection lives in the server's heap until it is dropped: a statement that makes one
 * (gds.graph.project, as procedure or aggregation) must drop it too (gds.graph.drop), so
 * analysts' graphs do not pile up.
 */
function checkProjectionsDropped(procedures: readonly string[], plan: Plan): void {
  const projects =
    procedures.includes('gds.graph.project') || /(?<![\w.])gds\.graph\.project\s*\(/.test(allDetails(plan));
  if (projects && !procedures.includes('gds.graph.drop'))
    throw new CypherRefused(
      'PROJECTION_NOT_DROPPED',
      'Refused: a statement that projects a GDS graph must also drop it (CALL gds.graph.drop(…) at its end). ' +
        READ_ONLY_HINT,
    );
}

function allDetails(plan: Plan): string {
  return [String(plan.arguments['Details'] ?? ''), ...plan.children.map(allDetails)].join('\n');
}

function describeQueryType(queryType: string): string {
  const names: Record<string, string> = { w: 'a write', rw: 'a read-write', s: 'a schema or administration' };
  return `${names[queryType] ?? `an unknown (${queryType})`} statement`;
}
