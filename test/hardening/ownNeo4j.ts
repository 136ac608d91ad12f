/**
 * A Neo4j of the fault tests' own (a local 5.26 server in a temporary home; the jars are shared
 * with every other server), so stopping, killing and restarting it never disturbs the test run's
 * shared Neo4j. A restart reuses the home (its data) and the ports of the first start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../../src/config/env.js';
import { Database } from '../../src/neo4j/Database.js';
import {
  startLocalServer,
  stopLocalServer,
  type LocalServerOptions,
} from '../../src/neo4j/local/LocalServer.js';
import { clearState, liveState } from '../../src/neo4j/local/serverState.js';
import { exitWithin } from '../../src/neo4j/local/stopProcess.js';
import type { Neo4jTarget } from '../../src/neo4j/Neo4jTarget.js';

/** A small local server of a test's own in `home` (auth off; the jars shared with every server). */
export function ownServerOptions(home: string, log: (msg: string) => void = () => {}): LocalServerOptions {
  const env = parseEnv();
  return {
    home,
    jarsHome: path.resolve(env.NEWSGRAPH_HOME),
    version: env.NEWSGRAPH_NEO4J_VERSION,
    heap: '512m',
    pageCache: '128m',
    auth: false,
    detached: false,
    startTimeoutMs: 180_000,
    log,
  };
}

export class OwnNeo4j {
  private ports: { bolt: number; http: number } | undefined;

  private constructor(readonly home: string) {}

  static async create(name: string): Promise<OwnNeo4j> {
    return new OwnNeo4j(await mkdtemp(path.join(os.tmpdir(), `ng-${name}-`)));
  }

  /** Starts the server (again: same home, same ports); resolves once it accepts Bolt. */
  async start(): Promise<Neo4jTarget> {
    const target = await startLocalServer({
      ...ownServerOptions(this.home, (msg) => process.stdout.write(`[own neo4j] ${msg}\n`)),
      preferredBoltPort: this.ports?.bolt,
      preferredHttpPort: this.ports?.http,
    });
    const state = await liveState(this.home);
    if (!state) throw new Error('the started server left no state file');
    if (this.ports && (state.boltPort !== this.ports.bolt || state.httpPort !== this.ports.http))
      throw new Error(
        `restart got other ports (${state.boltPort}) than the first start (${this.ports.bolt})`,
      );
    this.ports = { bolt: state.boltPort, http: state.httpPort };
    await servingQueries(target);
    return target;
  }

  get uri(): string {
    if (!this.ports) throw new Error('not started yet');
    return `bolt://127.0.0.1:${this.ports.bolt}`;
  }

  /** A clean shutdown (SIGTERM, as an operator or an orchestrator stops it). */
  async stop(): Promise<void> {
    await stopLocalServer(this.home);
  }

  /** A crash: SIGKILL, no shutdown at all. */
  async kill(): Promise<void> {
    const state = await liveState(this.home);
    if (!state) return;
    process.kill(state.pid, 'SIGKILL');
    await exitWithin(state.pid, 60_000);
    await clearState(this.home);
  }

  /** A freeze (SIGSTOP): process and connections stay, nothing answers — like a JVM stuck in GC. */
  async freeze(): Promise<void> {
    await this.signal('SIGSTOP');
  }

  async thaw(): Promise<void> {
    await this.signal('SIGCONT');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const state = await liveState(this.home);
    if (!state) throw new Error('no server to signal');
    process.kill(state.pid, signal);
  }

  async remove(): Promise<void> {
    await this.stop();
    await rm(this.home, { recursive: true, force: true });
  }
}

/**
 * Bolt answers before the database is online (recovery, warm-up); the tests time the service from
 * the moment Neo4j really serves queries, so its own start-up is not counted against the service.
 */
export async function servingQueries(target: Neo4jTarget): Promise<void> {
  const db = new Database(target);
  try {
    for (const deadline = Date.now() + 180_000; ;) {
      try {
        await db.read('RETURN 1 AS ok');
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    await db.close();
  }
}
