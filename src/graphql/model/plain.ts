/**
 * Narrowing of plain row values (src/neo4j/toPlain.ts) to the types records need. A value of the
 * wrong type means the graph breaks the model in cypher/README.md: that is a server error
 * (logged and masked), never guessed around.
 */
import type { Plain } from '../../neo4j/toPlain.js';

export type PlainMap = { [key: string]: Plain };

function broken(what: string, value: Plain): Error {
  return new Error(`Graph data breaks the model: ${what} is ${JSON.stringify(value)}`);
}

export function map(value: Plain | undefined, what: string): PlainMap {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  throw broken(what, value ?? null);
}

export function str(value: Plain | undefined, what: string): string {
  if (typeof value === 'string') return value;
  throw broken(what, value ?? null);
}

export function optStr(value: Plain | undefined, what: string): string | null {
  return value === null || value === undefined ? null : str(value, what);
}

export function num(value: Plain | undefined, what: string): number {
  if (typeof value === 'number') return value;
  throw broken(what, value ?? null);
}

export function optNum(value: Plain | undefined, what: string): number | null {
  return value === null || value === undefined ? null : num(value, what);
}

export function list(value: Plain | undefined, what: string): Plain[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  throw broken(what, value);
}

export function strList(value: Plain | undefined, what: string): string[] {
  return list(value, what).map((v, i) => str(v, `${what}[${i}]`));
}
