/**
 * Connects to a resolved Neo4j: retries with backoff while it is unreachable (a server that is
 * still starting, a cluster fail-over), gives up after `waitMs` with a message naming the URI,
 * and fails at once on wrong credentials (retrying cannot fix those).
 */
import { Database, type DatabaseOptions } from './Database.js';
import { isAuthFailure } from './errors.js';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { ProvisionError } from './ProvisionError.js';

export async function connect(
  target: Neo4jTarget,
  waitMs: number,
  log: (msg: string) => void,
  options: DatabaseOptions = {},
): Promise<Database> {
  const db = new Database(target, options);
  const deadline = Date.now() + waitMs;
  for (let attempt = 1, delay = 250; ; attempt++, delay = Math.min(delay * 2, 5_000)) {
    try {
      await db.ping();
      return db;
    } catch (err) {
      const message = (err as Error).message;
      if (isAuthFailure(err)) {
        await db.close();
        throw new ProvisionError(
          `Neo4j at ${target.uri} refused the credentials of user "${target.username}". ` +
            (target.way === 'env' ? 'Check NEO4J_USERNAME and NEO4J_PASSWORD.' : `(${message})`),
        );
      }
      if (Date.now() + delay > deadline) {
        await db.close();
        throw new ProvisionError(
          `Cannot reach Neo4j at ${target.uri} after ${attempt} attempts in ${Math.round(waitMs / 1000)} s: ${message}` +
            (target.way === 'env'
              ? '\nCheck NEO4J_URI, or unset it to let newsgraph start a Neo4j itself.'
              : ''),
        );
      }
      log(`Neo4j at ${target.uri} not reachable yet (${message}); retrying in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
