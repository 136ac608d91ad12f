import type { Neo4jTarget } from '../Neo4jTarget.js';
import { ProvisionError } from '../ProvisionError.js';
import type { LocalServerOptions } from './LocalServer.js';
import { localTarget } from './localTarget.js';
import { ServerGone, consoleLog, waitForBolt } from './readiness.js';
import { clearState, liveState } from './serverState.js';
import { STOP_GRACE_MS, alive, exitWithin } from './stopProcess.js';

/**
 * The server another run left up for this home, once it answers — it may still be starting. One
 * being stopped (ours mark it first; one signalled from outside closes Bolt and then ends) is
 * waited out instead, and null tells the caller to start a new one.
 */
export async function reuseRunning(home: string, o: LocalServerOptions): Promise<Neo4jTarget | null> {
  const running = await liveState(home);
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
