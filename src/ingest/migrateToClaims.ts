/**
 * A graph written before claims existed (facts holding one set of values and parallel source
 * lists) is migrated at start, once: each mention becomes a definition, each source a claim (in
 * transactions of 5,000 rows), and the values are derived by the loader's rule (in slices).
 * Asked by count store, so a current graph costs nothing.
 */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { deriveAll } from './deriveAll.js';

export async function migrateToClaims(db: Database, log: (msg: string) => void): Promise<boolean> {
  const [count] = await db.read(query('migrateClaimCount'));
  if (Number(count?.claims ?? 0) > 0 || Number(count?.facts ?? 0) === 0) return false;
  await db.inTransactions(query('migrateDefinitions'));
  await db.inTransactions(query('migrateToClaims'));
  const derived = await deriveAll(db);
  const [after] = await db.read(query('migrateClaimCount'));
  log(
    `Migrated the graph to per-source claims: ${String(after?.claims ?? 0)} claims for ${derived.facts} facts`,
  );
  return true;
}
