/** The target of a local server's state (its URI, credentials and how to stop it), and its stop. */
import type { Neo4jTarget } from '../Neo4jTarget.js';
import { readPassword } from './credentials.js';
import { clearState, markStopping, type ServerState } from './serverState.js';
import { isServerProcess } from './serverProcess.js';
import { STOP_GRACE_MS, stopProcess } from './stopProcess.js';

/** `owned`: this run started the server, so its `stop()` stops it; a reused one is left running. */
export function localTarget(home: string, state: ServerState, owned: boolean): Neo4jTarget {
  let stopped = false;
  return {
    way: 'local',
    uri: `bolt://127.0.0.1:${state.boltPort}`,
    username: 'neo4j',
    password: state.auth ? (readPassword(home) ?? '') : '',
    database: 'neo4j',
    browserUrl: `http://127.0.0.1:${state.httpPort}/browser/`,
    owned,
    async stop() {
      if (!owned || stopped) return;
      stopped = true;
      await stopServer(home, state);
    },
  };
}

/**
 * Stops the server `state` names. The state file is marked first, so a run starting meanwhile
 * waits instead of reusing it — but only while the file still names this server: if it has died
 * and another run has started the home's server anew, that server and its file are left alone.
 */
export async function stopServer(home: string, state: ServerState): Promise<void> {
  if (isServerProcess(state.pid, home)) {
    await markStopping(home, state);
    await stopProcess(state.pid, home, STOP_GRACE_MS);
  }
  await clearState(home, state.pid);
}
