/**
 * A graph written before claims existed (facts holding one set of values and parallel source
 * lists) is migrated at start, once: each mention becomes a definition, each source a claim (in
 * transactions of 5,000 rows), and the values are derived by the loader's rule (in slices).
 * Asked by count store, so a current graph costs nothing. A graph whose facts were derived by an
 * older rule (no first report, no corroboration counts) has every value derived again.
 */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { deriveAll } from './deriveAll.js';

export async function migrateToClaims(db: Database, log: (msg: string) => void): Promise<boolean> {
  const [count] = await db.read(query('migrateClaimCount'));
  if (Number(count?.facts ?? 0) === 0) return false;
  if (Number(count?.claims ?? 0) > 0) return deriveIfStale(db, log);
  await db.inTransactions(query('migrateDefinitions'));
  await db.inTransactions(query('migrateToClaims'));
  const derived = await deriveAll(db);
  const [after] = await db.read(query('migrateClaimCount'));
  log(
    `Migrated the graph to per-source claims: ${String(after?.claims ?? 0)} claims for ${derived.facts} facts`,
  );
  return true;
}

async function deriveIfStale(db: Database, log: (msg: string) => void): Promise<boolean> {
  const [fact] = await db.read(query('migrateDerivedStale'));
  if (fact?.stale !== true) return false;
  const derived = await deriveAll(db);
  log(
    `Derived every fact's values by the current rule (first reports, corroboration): ${derived.facts} facts`,
  );
  return true;
}
