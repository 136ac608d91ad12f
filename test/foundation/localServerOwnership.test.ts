/**
 * Who may touch a local server: a run signals only a process it has just verified is this home's
 * Neo4j (a pid in a state file may since belong to anything), only rewrites or removes a state
 * file that still names its own server, and a server that holds the home's store without a state
 * file is named (pid and command) instead of being fought over with a second start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import {
  startLocalServer,
  stopLocalServer,
  type LocalServerOptions,
} from '../../src/neo4j/local/LocalServer.js';
import { localTarget } from '../../src/neo4j/local/localTarget.js';
import { liveState, writeState, type ServerState } from '../../src/neo4j/local/serverState.js';
import { alive, exitWithin } from '../../src/neo4j/local/stopProcess.js';
import { localServerOptions } from '../../src/neo4j/resolveNeo4j.js';

const homes: string[] = [];
const children: ChildProcess[] = [];

async function newHome(): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'ng-owner-'));
  homes.push(home);
  return home;
}

function state(pid: number): ServerState {
  return {
    pid,
    boltPort: 1,
    httpPort: 2,
    version: '5.26.31',
    auth: false,
    startedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A live process that is not Neo4j, optionally with this home's `--home-dir=` among its arguments. */
function impostor(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', ...args], {
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const home of homes) {
    await stopLocalServer(home);
    await rm(home, { recursive: true, force: true });
  }
});

const stateFile = (home: string) => path.join(home, 'run', 'newsgraph-server.json');

describe('signals and state files of a local server', () => {
  it('a stop signals no process that is not this home’s Neo4j now (pid reuse)', async () => {
    const home = await newHome();
    const reused = impostor([]);
    const lookalike = impostor([`--home-dir=${home}`]);
    await new Promise((r) => setTimeout(r, 200));
    for (const child of [reused, lookalike]) {
      await writeState(home, state(child.pid!));
      await localTarget(home, state(child.pid!), true).stop();
      expect(alive(child.pid!)).toBe(true);
    }
    expect(await stopLocalServer(home)).toBe(false);
    expect(alive(lookalike.pid!)).toBe(true);
  });

  it('a run whose server died leaves a state file written for another server alone', async () => {
    const home = await newHome();
    const gone = 2 ** 22 + 4321; // above any pid_max: no such process
    const mine = localTarget(home, state(gone), true);
    const others = impostor([]);
    await writeState(home, { ...state(others.pid!), boltPort: 7000, httpPort: 7001 });
    const written = await readFile(stateFile(home), 'utf8');
    await mine.stop();
    expect(await readFile(stateFile(home), 'utf8')).toBe(written);
    expect(alive(others.pid!)).toBe(true);
  });
});

describe.runIf(inject('neo4j').way === 'local')('a local server without its state file', () => {
  it('a start names its pid and the command instead of starting a second server on its store', async () => {
    const home = await newHome();
    const base = localServerOptions(parseEnv(), { log: () => {} });
    const o: LocalServerOptions = { ...base, home, auth: false, heap: '256m', pageCache: '64m' };
    await startLocalServer(o);
    const running = await liveState(home);
    expect(running).not.toBeNull();
    await rm(stateFile(home));

    const started = Date.now();
    await expect(startLocalServer(o)).rejects.toThrow(
      `A local Neo4j (pid ${running!.pid}) is already running on the store of ${home}, but its state file ` +
        `(${stateFile(home)}) is gone, so its address is unknown. Stop it with \`npx newsgraph neo4j stop\` ` +
        `(or \`kill ${running!.pid}\`) and start again.`,
    );
    expect(Date.now() - started).toBeLessThan(5_000); // told at once, not after a failed start
    expect(alive(running!.pid)).toBe(true);

    expect(await stopLocalServer(home)).toBe(true);
    expect(await exitWithin(running!.pid, 1_000)).toBe(true);
  }, 240_000);
});
