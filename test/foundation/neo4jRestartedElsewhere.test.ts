/**
 * The local Neo4j dies under a running `npm start` (kill -9) and `newsgraph neo4j start` brings it
 * back on another port, its old one being taken. The service must find it there and serve again;
 * its Ctrl-C must leave the CLI's server and state file alone (it is not its server); and the
 * next `npm start` must reuse that server instead of fighting over its store.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stopLocalServer } from '../../src/neo4j/local/LocalServer.js';
import { freePort } from '../../src/neo4j/local/freePort.js';
import { liveState } from '../../src/neo4j/local/serverState.js';
import { alive, exitWithin } from '../../src/neo4j/local/stopProcess.js';
import { cleanEnv, runEntry } from '../support/runMain.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let home = '';
const children: ChildProcess[] = [];
let blocker: net.Server | undefined;

const env = () => cleanEnv({ NEWSGRAPH_HOME: home, NEWSGRAPH_NEO4J: 'local', LOG_LEVEL: 'info' });
const serverHome = () => path.join(home, 'server');

function startMain(port: number): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...env(), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

async function readyWithin(port: number, ms: number, main: { child: ChildProcess; output: () => string }) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (main.child.exitCode !== null) throw new Error(`npm start exited early:\n${main.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start was not ready within ${ms / 1000} s:\n${main.output()}`);
}

const graphql = (port: number, query: string) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then((r) => r.json());

/**
 * The seed's article count, once the service answers it: a server just started after a crash
 * (recovery, cold caches) can time out a first query on a busy machine, so QUERY_TIMEOUT and
 * SERVICE_UNAVAILABLE answers are asked again for up to a minute.
 */
const answers = (port: number) =>
  expect
    .poll(() => graphql(port, '{ stats { articles } }'), { timeout: 60_000, interval: 1_000 })
    .toEqual({ data: { stats: { articles: 1 } } });

const exited = (child: ChildProcess) =>
  child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  blocker?.close();
  if (home) {
    await stopLocalServer(serverHome());
    await rm(home, { recursive: true, force: true });
  }
});

describe.runIf(inject('neo4j').way === 'local')(
  'a local Neo4j restarted elsewhere under a running service',
  () => {
    it('is found again, survives the service’s Ctrl-C, and is reused by the next npm start', async () => {
      home = await mkdtemp(path.join(os.tmpdir(), 'ng-moved-'));
      await symlink(path.resolve(ROOT, '.neo4j', 'jars'), path.join(home, 'jars'));
      const port = await freePort();

      const api = startMain(port);
      await readyWithin(port, 180_000, api);
      const first = await liveState(serverHome());
      expect(first).not.toBeNull();

      // The service's own server crashes; its old Bolt port is taken before anyone restarts it.
      process.kill(first!.pid, 'SIGKILL');
      expect(await exitWithin(first!.pid, 30_000)).toBe(true);
      blocker = net.createServer();
      await new Promise<void>((resolve) => blocker!.listen(first!.boltPort, '127.0.0.1', resolve));

      const cli = await runEntry('cli', ['neo4j', 'start'], env(), 240_000);
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      const second = await liveState(serverHome());
      expect(second).not.toBeNull();
      expect(second!.pid).not.toBe(first!.pid);
      expect(second!.boltPort).not.toBe(first!.boltPort);

      // The running service finds the server at its new address and answers again.
      await readyWithin(port, 30_000, api);
      await answers(port);

      // Its Ctrl-C leaves the CLI's server running and its state file as the CLI wrote it.
      api.child.kill('SIGINT');
      expect(await exited(api.child)).toBe(0);
      expect(alive(second!.pid)).toBe(true);
      expect(await liveState(serverHome())).toEqual(second);
      const status = await runEntry('cli', ['neo4j', 'status'], env());
      expect(status.code).toBe(0);
      expect(status.stdout).toContain(`is running (pid ${second!.pid},`);
      expect(status.stdout).toContain(`Bolt URI:       bolt://127.0.0.1:${second!.boltPort}`);

      // The next npm start reuses it (no second server on the same store) and leaves it running.
      const again = startMain(port);
      await readyWithin(port, 120_000, again);
      expect(again.output()).toContain(
        `Reusing the local Neo4j already running for ${serverHome()} (pid ${second!.pid})`,
      );
      await answers(port);
      again.child.kill('SIGINT');
      expect(await exited(again.child)).toBe(0);
      expect(await liveState(serverHome())).toEqual(second);
    }, 600_000);
  },
);
