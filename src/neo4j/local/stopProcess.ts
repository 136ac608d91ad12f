import { alive, isServerProcess } from './serverProcess.js';

export { alive } from './serverProcess.js';

/** How long Neo4j gets to shut down cleanly before it is killed. */
export const STOP_GRACE_MS = 60_000;

/**
 * Stops the Neo4j server `pid` of `home`: SIGTERM (Neo4j shuts down cleanly), SIGKILL if it is
 * still up after the grace period. Each signal goes only to a process that is this home's Neo4j
 * at that moment; a pid that has ended (and may have been reused) is left alone.
 */
export async function stopProcess(pid: number, home: string, graceMs = STOP_GRACE_MS): Promise<void> {
  if (!signalServer(pid, home, 'SIGTERM')) return;
  if (!(await exitWithin(pid, graceMs))) signalServer(pid, home, 'SIGKILL');
}

/** Waits for process `pid` to end; false when it is still there after `ms`. */
export async function exitWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/** Sends `sig` to `pid` if it is this home's Neo4j now; false when it is not (nothing was sent). */
function signalServer(pid: number, home: string, sig: NodeJS.Signals): boolean {
  if (!isServerProcess(pid, home)) return false;
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}
