/**
 * The graph for commands that can do without one (`check`, `draft`): the Neo4j that NEO4J_URI
 * names, or the local server already running for this project (as `load` would reuse it) —
 * never one started for the purpose. Null, with the reason, when there is none or it does not
 * answer: the command then works offline and says so.
 */
import path from 'node:path';
import type { Env } from '../config/env.js';
import { connect } from '../neo4j/connect.js';
import type { Database } from '../neo4j/Database.js';
import { runningLocalServer } from '../neo4j/local/LocalServer.js';
import { configuredTarget } from '../neo4j/resolveNeo4j.js';

export type Reachable = { db: Database; uri: string } | { db: null; why: string };

/** How long to wait for a graph that is optional. */
const WAIT_MS = 5_000;

export async function reachableGraph(env: Env): Promise<Reachable> {
  const home = path.join(env.NEWSGRAPH_HOME, 'server');
  const target = configuredTarget(env) ?? (await runningLocalServer(home));
  if (!target) return { db: null, why: `NEO4J_URI is not set and no local Neo4j is running for ${home}` };
  try {
    const db = await connect(target, Math.min(WAIT_MS, env.NEWSGRAPH_NEO4J_WAIT * 1000), () => {});
    return { db, uri: target.uri };
  } catch (err) {
    return { db: null, why: (err as Error).message.split('\n')[0]! };
  }
}
