/**
 * Whether a pid is this home's Neo4j right now. A pid read from a state file (or remembered since
 * the start) may have ended and been reused by any other process, so every signal a run sends
 * is preceded by this check, and a server without a state file is found by it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The class our servers run (LocalServer.ts); a process without it is not one of them. */
export const SERVER_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** True while process `pid` exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when `pid` is alive and (where /proc exists) is the Neo4j server of this very home. */
export function isServerProcess(pid: number, home: string): boolean {
  if (!alive(pid)) return false;
  const args = commandLine(pid);
  if (args === null) return process.platform !== 'linux'; // no /proc: trust the pid
  return args.includes(SERVER_MAIN_CLASS) && args.includes(`--home-dir=${path.resolve(home)}`);
}

/**
 * The pids of every Neo4j server of this home, state file or not (Linux only; elsewhere none are
 * found this way). Two can briefly exist: one shutting down, one starting.
 */
export function serverProcesses(home: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => pid !== process.pid && isServerProcess(pid, home));
}

/** The arguments of `pid` (one entry each), or null when /proc cannot tell. */
function commandLine(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
}
