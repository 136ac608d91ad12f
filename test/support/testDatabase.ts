/** The test run's Neo4j (see globalSetup.ts), as the app's own Database, with the schema applied. */
import { inject } from 'vitest';
import { applySchema } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';

export async function openTestDatabase(): Promise<Database> {
  const db = new Database(inject('neo4j'));
  await applySchema(db);
  return db;
}

/**
 * Removes every node and relationship (schema stays). Test files call it before they build their
 * graph. In transactions of 1,000 nodes: a graph a bulk test left behind is more than one
 * transaction may hold under the local server's per-transaction memory limit.
 */
export async function resetGraph(db: Database): Promise<void> {
  await db.inTransactions('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}

export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}
