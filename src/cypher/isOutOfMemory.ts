/**
 * Neo4j ran out of memory for a query: its transaction's limit or all transactions' together
 * (MemoryPoolOutOfMemoryError), or the heap itself (OutOfMemoryError: values Neo4j does not
 * track, such as a list built inside one expression).
 */
import { Neo4jError } from 'neo4j-driver';

export function isOutOfMemory(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|OutOfMemoryError)$/.test(err.code)
  );
}
