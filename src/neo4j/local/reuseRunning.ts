import type { Neo4jTarget } from '../Neo4jTarget.js';
import { ProvisionError } from '../ProvisionError.js';
import type { LocalServerOptions } from './LocalServer.js';
import { localTarget } from './localTarget.js';
import { ServerGone, consoleLog, waitForBolt } from './readiness.js';
import { serverProcesses } from './serverProcess.js';
import { clearState, liveState, stateFile, type ServerState } from './serverState.js';
import { STOP_GRACE_MS, alive, exitWithin } from './stopProcess.js';

/**
 * The server another run left up for this home, once it answers — it may still be starting. One
 * being stopped (ours mark it first; one signalled from outside closes Bolt and then ends) is
 * waited out instead, and null tells the caller to start a new one. A server that holds this
 * home's store but has no state file is refused with its pid and what to do: a second server on
 * the same store could only fail (store_lock).
 */
export async function reuseRunning(home: string, o: LocalServerOptions): Promise<Neo4jTarget | null> {
  const running = (await liveState(home)) ?? (await unlistedServer(home));
  if (!running) return null;
  if (!running.stopping) {
    const t = localTarget(home, running, false);
    try {
      await waitForBolt(t, () => (alive(running.pid) ? undefined : 'ended'), o.startTimeoutMs);
      o.log(`Reusing the local Neo4j already running for ${home} (pid ${running.pid})`);
      return t;
    } catch (err) {
      if (!(err instanceof ServerGone))
        throw new ProvisionError(
          `The local Neo4j of ${home} (pid ${running.pid}) is running but does not answer: ${(err as Error).message} ` +
            `Stop it with \`npx newsgraph neo4j stop\` (log: ${consoleLog(home)}).`,
        );
    }
  } else {
    o.log(`Waiting for the local Neo4j of ${home} (pid ${running.pid}) to finish shutting down`);
    if (!(await exitWithin(running.pid, STOP_GRACE_MS + 5_000)))
      throw new ProvisionError(
        `The local Neo4j of ${home} (pid ${running.pid}) did not finish shutting down.`,
      );
  }
  await clearState(home, running.pid);
  return null;
}

/** Null when no server of this home runs; its state once another run's start has written it; else an error. */
async function unlistedServer(home: string): Promise<ServerState | null> {
  if (serverProcesses(home).length === 0) return null;
  // A run writes its server's state file right after spawning it: give a concurrent start a moment.
  await new Promise((r) => setTimeout(r, 1_000));
  const state = await liveState(home);
  if (state) return state;
  const [pid] = serverProcesses(home);
  if (pid === undefined) return null;
  throw new ProvisionError(
    `A local Neo4j (pid ${pid}) is already running on the store of ${home}, but its state file ` +
      `(${stateFile(home)}) is gone, so its address is unknown. Stop it with \`npx newsgraph neo4j stop\` ` +
      `(or \`kill ${pid}\`) and start again.`,
  );
}
