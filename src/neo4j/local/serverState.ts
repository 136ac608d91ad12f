/**
 * The state file of a local server (`<home>/run/newsgraph-server.json`): which process serves
 * which ports. It lets `npm start`, the CLI and a later run find a server that is still up, and
 * tells a stale file (its process is gone, e.g. after kill -9) from a live one.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  auth: boolean;
  startedAt: string;
}

const stateFile = (home: string) => path.join(home, 'run', 'newsgraph-server.json');

export async function writeState(home: string, state: ServerState): Promise<void> {
  await mkdir(path.dirname(stateFile(home)), { recursive: true });
  await writeFile(stateFile(home), JSON.stringify(state, null, 2));
}

export async function clearState(home: string): Promise<void> {
  await rm(stateFile(home), { force: true });
}

/** The state of a server that is running now for this home, or null (a stale file is removed). */
export async function liveState(home: string): Promise<ServerState | null> {
  let state: ServerState;
  try {
    state = JSON.parse(readFileSync(stateFile(home), 'utf8')) as ServerState;
  } catch {
    return null;
  }
  if (isServerProcess(state.pid, home)) return state;
  await clearState(home);
  return null;
}

/** True when `pid` is alive and (where /proc exists) is a Neo4j serving this very home. */
export function isServerProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(`--home-dir=${path.resolve(home)}`);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid
  }
}
