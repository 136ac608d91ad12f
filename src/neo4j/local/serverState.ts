/**
 * The state file of a local server (`<home>/run/newsgraph-server.json`): which process serves
 * which ports. It lets `npm start`, the CLI and a later run find a server that is still up, and
 * tells a stale file (its process is gone, e.g. after kill -9) from a live one.
 *
 * A file belongs to the server it names: a run changes or removes it only while it still names
 * the server that run is dealing with (its own, or one it is stopping), because meanwhile another
 * run may have started a server of its own on this home and written that server's file.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isServerProcess } from './serverProcess.js';

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

export const stateFile = (home: string) => path.join(home, 'run', 'newsgraph-server.json');

/** Written whole or not at all (a rename), so another run never reads half a file. */
export async function writeState(home: string, state: ServerState): Promise<void> {
  await mkdir(path.dirname(stateFile(home)), { recursive: true, mode: 0o700 });
  const partial = `${stateFile(home)}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(state, null, 2), { mode: 0o600 });
  await rename(partial, stateFile(home));
}

/**
 * Marks the server `state.pid` as stopping — only while the file still names it; false (and the
 * file left as it is) when it names another server or none.
 */
export async function markStopping(home: string, state: ServerState): Promise<boolean> {
  const current = readState(home);
  if (current?.pid !== state.pid) return false;
  await writeState(home, { ...current, stopping: true });
  return true;
}

/**
 * Removes the state file — with `pid`, only while it still names that process: a run that waited
 * for this server to stop, or found it dead, may already have written its own server's state.
 * The check and the removal happen in one step, with nothing awaited between them.
 */
export async function clearState(home: string, pid?: number): Promise<void> {
  if (pid !== undefined && readState(home)?.pid !== pid) return;
  rmSync(stateFile(home), { force: true });
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
