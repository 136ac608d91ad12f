/**
 * The one place that decides which Neo4j newsgraph uses — shared by `npm start`, the tests and
 * the CLI. In order:
 *   1. NEO4J_URI set             → that server (bolt://, neo4j:// cluster or Aura, …);
 *   2. a Docker engine reachable → Testcontainers with the pinned 5.26 Community image;
 *   3. Java 17+ and Maven        → a local 5.26 Community server from Maven Central jars;
 *   4. none                      → a ProvisionError naming these three ways.
 * NEWSGRAPH_NEO4J=docker|local forces way 2 or 3.
 */
import path from 'node:path';
import type { Env } from '../config/env.js';
import { dockerAvailable } from './dockerAvailable.js';
import type { Neo4jTarget } from './Neo4jTarget.js';
import { ProvisionError } from './ProvisionError.js';
import { startContainer } from './startContainer.js';
import { findJava, hasMaven } from './local/java.js';
import { startLocalServer, type LocalServerOptions } from './local/LocalServer.js';

export interface ResolveOptions {
  /** Server home below NEWSGRAPH_HOME (`server` for npm start and the CLI; tests use their own). */
  homeName?: string;
  /** Keep a local server running after this process exits. */
  detached?: boolean;
  /** Prefer 7687/7474 for the local server (off for tests, which take any free ports). */
  wellKnownPorts?: boolean;
  log: (msg: string) => void;
}

export const NO_NEO4J_MESSAGE = [
  'No Neo4j available. newsgraph needs one of:',
  '  1. NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) naming a running Neo4j 5.26+;',
  '  2. a running Docker engine (Testcontainers starts the neo4j:5.26 Community image);',
  '  3. Java 17+ and Maven on the PATH (a local Neo4j 5.26 Community server is fetched from Maven Central).',
].join('\n');

/** The Neo4j that NEO4J_URI names (never started or stopped by us), or null when it is unset. */
export function configuredTarget(env: Env): Neo4jTarget | null {
  if (!env.NEO4J_URI) return null;
  return {
    way: 'env',
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE,
    owned: false,
    stop: async () => {},
  };
}

export async function resolveNeo4j(env: Env, o: ResolveOptions): Promise<Neo4jTarget> {
  const configured = configuredTarget(env);
  if (configured) {
    o.log(`Neo4j: using NEO4J_URI ${configured.uri} (database ${configured.database})`);
    return configured;
  }
  if (env.NEWSGRAPH_NEO4J !== 'local' && (env.NEWSGRAPH_NEO4J === 'docker' || (await dockerAvailable()))) {
    const t = await startContainer(env.NEWSGRAPH_NEO4J_VERSION, env.NEWSGRAPH_NEO4J_PLUGINS, o.log);
    o.log(`Neo4j: Testcontainers at ${t.uri}`);
    return t;
  }
  const java = findJava();
  if (!java || !hasMaven()) {
    if (env.NEWSGRAPH_NEO4J === 'local')
      throw new ProvisionError(
        `NEWSGRAPH_NEO4J=local needs ${java ? 'Maven (mvn)' : 'Java 17+'} on the PATH.\n\n${NO_NEO4J_MESSAGE}`,
      );
    throw new ProvisionError(NO_NEO4J_MESSAGE);
  }
  const t = await startLocalServer(localServerOptions(env, o));
  o.log(`Neo4j: local server at ${t.uri} (Browser: ${t.browserUrl})`);
  return t;
}

/** How way 3 starts the local server for these settings (also `newsgraph load --initial`). */
export function localServerOptions(env: Env, o: ResolveOptions): LocalServerOptions {
  return {
    home: path.join(env.NEWSGRAPH_HOME, o.homeName ?? 'server'),
    jarsHome: env.NEWSGRAPH_HOME,
    version: env.NEWSGRAPH_NEO4J_VERSION,
    heap: env.NEWSGRAPH_NEO4J_HEAP,
    pageCache: env.NEWSGRAPH_NEO4J_PAGECACHE,
    transactionMemory: env.NEWSGRAPH_NEO4J_TX_MEMORY,
    plugins: env.NEWSGRAPH_NEO4J_PLUGINS,
    auth: true,
    detached: o.detached ?? false,
    ...(o.wellKnownPorts ? { preferredBoltPort: 7687, preferredHttpPort: 7474 } : {}),
    startTimeoutMs: env.NEWSGRAPH_NEO4J_START_TIMEOUT * 1000,
    log: o.log,
  };
}
