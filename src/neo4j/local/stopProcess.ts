/** How long Neo4j gets to shut down cleanly before it is killed. */
export const STOP_GRACE_MS = 60_000;

/** Stops a server process: SIGTERM (Neo4j shuts down cleanly), SIGKILL if it is still up after the grace period. */
export async function stopProcess(pid: number, graceMs = STOP_GRACE_MS): Promise<void> {
  if (!signal(pid, 'SIGTERM')) return;
  if (!(await exitWithin(pid, graceMs))) signal(pid, 'SIGKILL');
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

function signal(pid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

/** True while process `pid` exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
