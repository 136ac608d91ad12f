/**
 * Runs a CLI command's work against the graph: finds or starts Neo4j the usual way (reusing a
 * running local server), connects, applies the schema, and afterwards closes the driver and
 * stops any server this command started — also when the work fails.
 */
import { migrateToClaims } from '../ingest/migrateToClaims.js';
import { cliEnv } from './cliEnv.js';
import { applySchema } from '../neo4j/applySchema.js';
import { connect } from '../neo4j/connect.js';
import type { Database } from '../neo4j/Database.js';
import { stopStartingServers } from '../neo4j/local/LocalServer.js';
import type { Neo4jTarget } from '../neo4j/Neo4jTarget.js';
import { resolveNeo4j } from '../neo4j/resolveNeo4j.js';

export async function withGraph<T>(
  log: (msg: string) => void,
  work: (db: Database, target: Neo4jTarget) => Promise<T>,
): Promise<T> {
  const env = cliEnv();
  let target: Neo4jTarget | undefined;
  let db: Database | undefined;
  try {
    target = await resolveNeo4j(env, { homeName: 'server', wellKnownPorts: true, log });
    db = await connect(target, env.NEWSGRAPH_NEO4J_WAIT * 1000, log);
    await applySchema(db);
    await migrateToClaims(db, log);
    return await work(db, target);
  } finally {
    await db?.close();
    await stopStartingServers();
    await target?.stop();
  }
}
