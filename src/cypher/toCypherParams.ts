/**
 * GraphQL `params: JSON` → driver parameters. JSON has one number type; a whole number becomes a
 * Cypher INTEGER (what `LIMIT $n`, `range()` and `[*..]`-style bounds need), any other number a
 * FLOAT. Parameters must be a JSON object: the keys are the `$names` in the query.
 */
import neo4j from 'neo4j-driver';
import { CypherInputError } from './cypherErrors.js';

export function toCypherParams(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params))
    throw new CypherInputError(
      'params must be a JSON object of parameter names to values, e.g. {"id": "openai"}.',
      'params',
    );
  return convert(params) as Record<string, unknown>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
  return value;
}
