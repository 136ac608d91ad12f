/**
 * A real Neo4j 5.26 Community server from Maven Central jars, run as a child JVM. We start
 * `CommunityEntryPoint` directly (the command `neo4j console --dry-run` prints) rather than the
 * launcher, so the process we signal is the server itself.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Neo4jTarget } from '../Neo4jTarget.js';
import { ProvisionError } from '../ProvisionError.js';
import { childEnv, withPrivateUmask } from './childProcess.js';
import { ensurePassword } from './credentials.js';
import { ensureJars } from './jars.js';
import { ensurePlugins, linkPluginJars, type PluginName } from './plugins.js';
import { findJava } from './java.js';
import { apocConf, jvmArgs, neo4jConf } from './neo4jConf.js';
import { portPreferring } from './freePort.js';
import { localTarget, stopServer } from './localTarget.js';
import { consoleLog, exitOf, logTail, waitForBolt } from './readiness.js';
import { reuseRunning } from './reuseRunning.js';
import { SERVER_MAIN_CLASS, serverProcesses } from './serverProcess.js';
import { liveState, writeState, type ServerState } from './serverState.js';
import { stopProcess } from './stopProcess.js';

export interface LocalServerOptions {
  /** Folder of this server's data, logs, conf, run files and password. */
  home: string;
  /** Folder under which the jars of each version are kept (shared by every home). */
  jarsHome: string;
  version: string;
  heap: string;
  pageCache: string;
  /** Most heap one transaction may use (neo4j.conf's db.memory.transaction.max); unset: no limit. */
  transactionMemory?: string;
  /** Plugins the server runs with (APOC, GDS), fetched once like the server's jars; unset: none. */
  plugins?: readonly PluginName[];
  /** Auth on (a generated password) or off (throwaway test servers only). */
  auth: boolean;
  /** Keep running after this process exits (`newsgraph neo4j start`). */
  detached: boolean;
  /** Ports to use when free (7687/7474 for the dev server, so Browser finds it); else any free port. */
  preferredBoltPort?: number;
  preferredHttpPort?: number;
  startTimeoutMs: number;
  log: (msg: string) => void;
}

export async function startLocalServer(o: LocalServerOptions): Promise<Neo4jTarget> {
  const home = path.resolve(o.home);
  const reused = await reuseRunning(home, o);
  if (reused) return reused;
  const { java, jars, pluginDirs, confDir, boltPort, httpPort } = await prepareLocalServer(o);

  const out = openSync(consoleLog(home), 'a', 0o600);
  const [bin, args] = withPrivateUmask(java.bin, [
    '-cp',
    // The plugins after Neo4j's own jars: their bundled libraries must not shadow Neo4j's (plugins.ts).
    [confDir, jars, ...pluginDirs].map((dir) => `${dir}/*`).join(':'),
    ...jvmArgs(o.heap),
    SERVER_MAIN_CLASS,
    `--home-dir=${home}`,
    `--config-dir=${confDir}`,
    '--console-mode',
  ]);
  const child = spawn(bin, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: childEnv(home, confDir),
  });
  closeSync(out);
  if (o.detached) child.unref();
  if (child.pid === undefined) throw new ProvisionError(`Could not start ${java.bin}`);
  starting.set(child.pid, home);
  const state: ServerState = {
    pid: child.pid,
    boltPort,
    httpPort,
    version: o.version,
    auth: o.auth,
    startedAt: new Date().toISOString(),
  };
  await writeState(home, state);
  const t = localTarget(home, state, true);
  o.log(
    `Starting Neo4j ${o.version} (pid ${child.pid}) on bolt://127.0.0.1:${boltPort}; log: ${consoleLog(home)}`,
  );
  try {
    await waitForBolt(t, exitOf(child), o.startTimeoutMs);
  } catch (err) {
    await t.stop();
    const tail = await logTail(home);
    throw new ProvisionError(`${(err as Error).message}\nLast lines of ${consoleLog(home)}:\n${tail}`);
  } finally {
    starting.delete(child.pid);
  }
  return t;
}

/**
 * Everything a start needs except the process: the jars, the folders, the password (set before
 * the first start) and neo4j.conf with free ports. Also what neo4j-admin needs to work on a home
 * that has never run (the initial import).
 */
export async function prepareLocalServer(o: LocalServerOptions) {
  const home = path.resolve(o.home);
  const java = findJava();
  if (!java) throw new ProvisionError('Java 17+ is needed to run a local Neo4j, and no `java` was found.');
  const jars = await ensureJars(o.jarsHome, o.version, o.log);
  const pluginDirs = await ensurePlugins(o.jarsHome, o.version, jars, o.plugins ?? [], o.log);
  const confDir = path.join(home, 'conf');
  // Owner only: the data, the password and the auth file are below it (a home made before the
  // server's files were kept private gets its folder closed here).
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700);
  for (const sub of ['conf', 'logs', 'run', 'plugins', 'import']) {
    mkdirSync(path.join(home, sub), { recursive: true, mode: 0o700 });
    chmodSync(path.join(home, sub), 0o700);
  }
  for (const [sub, mode] of PRIVATE_MODES)
    if (existsSync(path.join(home, sub))) chmodSync(path.join(home, sub), mode);
  await linkPluginJars(path.join(home, 'plugins'), pluginDirs);
  if (o.auth) await ensurePassword(home, java.bin, jars, confDir);
  const boltPort = await portPreferring(o.preferredBoltPort);
  const httpPort = await portPreferring(o.preferredHttpPort);
  const conf = {
    home,
    boltPort,
    httpPort,
    heap: o.heap,
    pageCache: o.pageCache,
    auth: o.auth,
    transactionMemory: o.transactionMemory,
    plugins: o.plugins ?? [],
  };
  await writeFile(path.join(confDir, 'neo4j.conf'), neo4jConf(conf), { mode: 0o600 });
  if (conf.plugins.includes('apoc'))
    await writeFile(path.join(confDir, 'apoc.conf'), apocConf(), { mode: 0o600 });
  else await rm(path.join(confDir, 'apoc.conf'), { force: true });
  return { java, jars, pluginDirs, confDir, boltPort, httpPort };
}

/** What neo4j-admin and the server wrote with looser modes in a home made before umask 077. */
const PRIVATE_MODES: [string, number][] = [
  ['data', 0o700],
  ['data/dbms', 0o700],
  ['data/dbms/auth.ini', 0o600],
];

/** Servers whose start is still under way (pid → home); a shutdown during start-up stops them too. */
const starting = new Map<number, string>();

export async function stopStartingServers(): Promise<void> {
  await Promise.all([...starting].map(([pid, home]) => stopProcess(pid, home)));
  starting.clear();
}

/**
 * Stops the server of `home` if one runs — also one whose state file is gone (found by its
 * command line); true when one was stopped.
 */
export async function stopLocalServer(home: string): Promise<boolean> {
  const dir = path.resolve(home);
  const state = await liveState(dir);
  if (state) {
    await stopServer(dir, state);
    return true;
  }
  const unlisted = serverProcesses(dir);
  await Promise.all(unlisted.map((pid) => stopProcess(pid, dir)));
  return unlisted.length > 0;
}

/** The local server running for `home` now, as a target this run does not own (never stops), or null. */
export async function runningLocalServer(home: string): Promise<Neo4jTarget | null> {
  const dir = path.resolve(home);
  const state = await liveState(dir);
  return state && !state.stopping ? localTarget(dir, state, false) : null;
}

export { liveState as localServerState };
export { serverProcesses as localServerProcesses };
