/**
 * The state file of a local server (`<home>/run/newsgraph-server.json`): which process serves
 * which ports. It lets `npm start`, the CLI and a later run find a server that is still up, and
 * tells a stale file (its process is gone, e.g. after kill -9) from a live one.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { alive } from './stopProcess.js';

export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  auth: boolean;
  startedAt: string;
  /** Set just before the server is signalled to stop, so no other run reuses it meanwhile. */
  stopping?: boolean;
}

const stateFile = (home: string) => path.join(home, 'run', 'newsgraph-server.json');

/** Written whole or not at all (a rename), so another run never reads half a file. */
export async function writeState(home: string, state: ServerState): Promise<void> {
  await mkdir(path.dirname(stateFile(home)), { recursive: true });
  const partial = `${stateFile(home)}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(state, null, 2));
  await rename(partial, stateFile(home));
}

/**
 * Removes the state file — with `pid`, only while it still names that process: a run that waited
 * for this server to stop may already have written its own server's state.
 */
export async function clearState(home: string, pid?: number): Promise<void> {
  if (pid !== undefined && readState(home)?.pid !== pid) return;
  await rm(stateFile(home), { force: true });
}

function readState(home: string): ServerState | null {
  try {
    return JSON.parse(readFileSync(stateFile(home), 'utf8')) as ServerState;
  } catch {
    return null;
  }
}

/** The state of a server that is running now for this home, or null (a stale file is removed). */
export async function liveState(home: string): Promise<ServerState | null> {
  const state = readState(home);
  if (!state) return null;
  if (isServerProcess(state.pid, home)) return state;
  await clearState(home, state.pid);
  return null;
}

/** True when `pid` is alive and (where /proc exists) is a Neo4j serving this very home. */
export function isServerProcess(pid: number, home: string): boolean {
  if (!alive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(`--home-dir=${path.resolve(home)}`);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid
  }
}
