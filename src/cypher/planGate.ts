/**
 * The gate of `Query.cypher`: judges a statement by Neo4j's own plan for it (EXPLAIN), never by
 * its text — comments, mixed case, subqueries and string tricks cannot hide an operator from the
 * planner. A statement passes only if every operator reads, every procedure is on the allow-list,
 * and Neo4j classifies the whole statement as read-only (query type `r`).
 */
import type { Plan } from 'neo4j-driver';
import { ALLOWED_PROCEDURES, ALLOWED_SHOW_OPERATORS } from './allowLists.js';
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
  checkOperator(plan);
  if (queryType !== 'r')
    throw new CypherRefused(
      'NOT_READ_ONLY',
      `Refused: Neo4j classifies this statement as ${describeQueryType(queryType)}. ${READ_ONLY_HINT}`,
    );
}

function checkOperator(plan: Plan): void {
  // Operator names carry the database they run on in 5.x ("Create@neo4j").
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (operator === 'LoadCSV')
    throw new CypherRefused(
      'LOAD_CSV',
      `Refused: LOAD CSV reads files and URLs from the database server. ${READ_ONLY_HINT}`,
    );
  if (operator === 'ProcedureCall') checkProcedure(plan);
  else if (WRITE_OPERATOR.test(operator))
    throw new CypherRefused('WRITE', `Refused: the statement writes (${operator}). ${READ_ONLY_HINT}`);
  else if (ADMIN_OPERATOR.test(operator) && !ALLOWED_SHOW_OPERATORS.has(operator))
    throw new CypherRefused(
      'ADMIN_COMMAND',
      `Refused: administration and transaction commands are not available (${operator}). ${READ_ONLY_HINT}`,
    );
  for (const child of plan.children) checkOperator(child);
}

function checkProcedure(plan: Plan): void {
  const details = String(plan.arguments['Details'] ?? '');
  const name = /^([\w.]+)\(/.exec(details)?.[1];
  if (name && ALLOWED_PROCEDURES.has(name)) return;
  throw new CypherRefused(
    'PROCEDURE_NOT_ALLOWED',
    `Refused: procedure ${name ?? '(unknown)'} is not on the allow-list ` +
      `(${[...ALLOWED_PROCEDURES].join(', ')}). ${READ_ONLY_HINT}`,
  );
}

function describeQueryType(queryType: string): string {
  const names: Record<string, string> = { w: 'a write', rw: 'a read-write', s: 'a schema or administration' };
  return `${names[queryType] ?? `an unknown (${queryType})`} statement`;
}
