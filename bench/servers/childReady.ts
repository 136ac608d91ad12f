/**
 * The contract between the harness and the servers it starts as child processes: a child reads
 * Neo4j's coordinates from the environment and prints one `READY <port>` line once it listens.
 */
import type { Neo4jTarget } from '../../src/neo4j/Neo4jTarget.js';

export type Coordinates = Pick<Neo4jTarget, 'uri' | 'username' | 'password' | 'database'>;

export function coordinatesFromEnv(): Coordinates {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (!NEO4J_URI) throw new Error('NEO4J_URI is not set (the bench harness sets it for its children)');
  return {
    uri: NEO4J_URI,
    username: NEO4J_USERNAME ?? 'neo4j',
    password: NEO4J_PASSWORD ?? '',
    database: NEO4J_DATABASE ?? 'neo4j',
  };
}

export function announceReady(port: number): void {
  process.stdout.write(`READY ${port}\n`);
}

/**
 * Exit cleanly on SIGTERM after `close` (the harness stops every child it started), and at once
 * when the harness is gone (its IPC channel disconnects), so no server outlives an aborted run.
 */
export function closeOnSignal(close: () => Promise<void>): void {
  process.once('SIGTERM', () => {
    close().finally(() => process.exit(0));
  });
  process.once('disconnect', () => process.exit(0));
}
