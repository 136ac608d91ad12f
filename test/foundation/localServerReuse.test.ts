/**
 * Two runs on one local server home (way 3): a run that starts while another run's server is
 * still starting waits for it and reuses it; a run that starts while that server is being stopped
 * waits for the stop and starts its own. Either way the target it gets answers at once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import type { Neo4jTarget } from '../../src/neo4j/Neo4jTarget.js';
import {
  startLocalServer,
  stopLocalServer,
  type LocalServerOptions,
} from '../../src/neo4j/local/LocalServer.js';
import { liveState } from '../../src/neo4j/local/serverState.js';
import { localServerOptions } from '../../src/neo4j/resolveNeo4j.js';

const homes: string[] = [];

async function options(log: string[]): Promise<LocalServerOptions> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'ng-reuse-'));
  homes.push(home);
  const base = localServerOptions(parseEnv(), { log: () => undefined });
  return { ...base, home, auth: false, heap: '256m', pageCache: '64m', log: (m) => log.push(m) };
}

/** Whether the server behind `t` answers a query now: one auto-commit query, never retried. */
async function answersNow(t: Neo4jTarget): Promise<boolean> {
  const driver = neo4j.driver(t.uri, undefined, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  const session = driver.session({ database: t.database });
  try {
    await session.run('RETURN 1 AS one');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

async function until(what: string, ok: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

afterAll(async () => {
  for (const home of homes) {
    await stopLocalServer(home);
    await rm(home, { recursive: true, force: true });
  }
});

describe.runIf(inject('neo4j').way === 'local')('two runs on one local server home', () => {
  it('a run starting while the server is still starting waits for it, then reuses it', async () => {
    const log: string[] = [];
    const o = await options(log);
    const first = startLocalServer(o);
    await until('the first run has written its state file', async () => (await liveState(o.home)) !== null);
    try {
      const second = await startLocalServer(o);
      expect(await answersNow(second)).toBe(true);
      const owner = await first;
      expect(second.owned).toBe(false);
      expect(owner.owned).toBe(true);
      expect(second.uri).toBe(owner.uri);
      expect(log.filter((l) => l.startsWith('Starting Neo4j'))).toHaveLength(1);
      expect(log.some((l) => l.startsWith('Reusing the local Neo4j'))).toBe(true);
    } finally {
      await (await first).stop(); // also when an assertion failed while it was still starting
    }
  }, 180_000);

  it('a run starting while the server is being stopped waits for the stop, then starts its own', async () => {
    const log: string[] = [];
    const o = await options(log);
    const dying = await startLocalServer(o);
    const pid = (await liveState(o.home))?.pid;
    const stopped = dying.stop();
    await until(
      'the stop has begun',
      async () => (await liveState(o.home))?.stopping || !(await answersNow(dying)),
    );
    // The old server may be shutting down or already gone by now: either way the new run must
    // get a server of its own that answers, and the stop it waited for must not clear its state.
    const fresh = await startLocalServer(o);
    expect(await answersNow(fresh)).toBe(true);
    await stopped;
    expect(await answersNow(fresh)).toBe(true);
    expect(fresh.owned).toBe(true);
    expect((await liveState(o.home))?.pid).not.toBe(pid);
    await fresh.stop();
  }, 180_000);
});
