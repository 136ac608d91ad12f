/**
 * neo4j.conf for a local server: loopback only, no HTTPS, no usage reports, memory sized for a
 * laptop or CI. Config validation in Neo4j is strict (a typo aborts start), so only setting
 * names checked against 5.26 appear here.
 */
import path from 'node:path';
import type { PluginName } from './plugins.js';

export interface ConfOptions {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  auth: boolean;
  /** db.memory.transaction.max: the most heap one transaction may use; unset: no limit per transaction. */
  transactionMemory?: string;
  /** Plugins on the classpath, whose procedures are allowed (procedureSettings). */
  plugins: readonly PluginName[];
}

export function neo4jConf(o: ConfOptions): string {
  const dir = (name: string) => path.join(o.home, name);
  return [
    '# Written by newsgraph (src/neo4j/local/neo4jConf.ts) at every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.http.listen_address=127.0.0.1:${o.httpPort}`,
    // Advertise the ports actually bound, so Browser and routing clients are sent to them.
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    `server.http.advertised_address=127.0.0.1:${o.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    `dbms.security.auth_enabled=${o.auth}`,
    'dbms.usage_report.enabled=false',
    // Keep transaction logs small: a local graph of news facts, not a production store.
    'db.tx_log.rotation.retention_policy=2 files',
    // One transaction (an analyst's list of millions of strings) fails alone instead of filling the heap.
    ...(o.transactionMemory ? [`db.memory.transaction.max=${o.transactionMemory}`] : []),
    ...procedureSettings(o.plugins).map(([name, value]) => `${name}=${value}`),
    '',
  ].join('\n');
}

/**
 * The JVM options of the `server.jvm.additional` lines in the neo4j.conf that 5.26 ships (the
 * tarball's and the Docker image's), so this server runs as Neo4j's own distribution and the
 * Testcontainers way do; we start the JVM ourselves, without that file. (Loading 100k bench facts
 * took the same time with and without the ones added to the launcher's minimum, within noise.)
 */
export function jvmArgs(heap: string): string[] {
  return [
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+AlwaysPreTouch',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
    '-Dfile.encoding=UTF-8',
    `-Xms${heap}`,
    `-Xmx${heap}`,
  ];
}

/**
 * Procedures a plugin may run with access to Neo4j's internals ("unrestricted"; a sandboxed one
 * that needs them is not loaded at all). Only read-only ones analysts use: GDS's mapping of
 * algorithm node ids to nodes, and APOC's schema and degree inspection. APOC's triggers, schema
 * assertions and node merging stay unloaded.
 */
const UNRESTRICTED: Record<PluginName, string[]> = {
  apoc: [
    'apoc.meta.*',
    'apoc.node.*',
    'apoc.nodes.connected',
    'apoc.nodes.isDense',
    'apoc.any.*',
    'apoc.rel.*',
  ],
  gds: ['gds.util.asNode', 'gds.util.asNodes'],
};

/**
 * The procedure settings for `plugins`: only their namespaces are loaded (the allowlist), and
 * only UNRESTRICTED's procedures get past the sandbox.
 */
export function procedureSettings(plugins: readonly PluginName[]): [string, string][] {
  if (plugins.length === 0) return [];
  return [
    ['dbms.security.procedures.allowlist', plugins.map((p) => `${p}.*`).join(',')],
    ['dbms.security.procedures.unrestricted', plugins.flatMap((p) => UNRESTRICTED[p]).join(',')],
  ];
}

/**
 * apoc.conf: APOC may read files from the server's import folder only (apoc.import.graphml of an
 * export, for a round trip), never write files. Query.cypher refuses every import and export
 * procedure anyway (src/cypher/allowLists.ts); this is for whoever holds the server's password.
 */
export function apocConf(): string {
  return [
    '# Written by newsgraph (src/neo4j/local/neo4jConf.ts) at every start; edits are overwritten.',
    'apoc.import.file.enabled=true',
    'apoc.import.file.use_neo4j_config=true',
    'apoc.export.file.enabled=false',
    '',
  ].join('\n');
}
