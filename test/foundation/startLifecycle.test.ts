/**
 * `npm start` end to end with the local server (way 3), as a user runs it: it starts Neo4j,
 * becomes ready, and Ctrl-C stops the service and the Neo4j it started. A second start reuses
 * the jars and the data; a server left behind by a killed run is reused, not fought over.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { liveState } from '../../src/neo4j/local/serverState.js';
import { stopLocalServer } from '../../src/neo4j/local/LocalServer.js';
import { freePort } from '../../src/neo4j/local/freePort.js';
import { cleanEnv } from '../support/runMain.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let home = '';

async function startMain(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: cleanEnv({ NEWSGRAPH_HOME: home, NEWSGRAPH_NEO4J: 'local', PORT: String(port), LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { child, output: () => out };
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`npm start was not ready in time:\n${out}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

afterAll(async () => {
  if (home) await stopLocalServer(path.join(home, 'server'));
});

describe.runIf(inject('neo4j').way === 'local')('npm start with the local server', () => {
  it('starts Neo4j, serves, and Ctrl-C stops both; a second start reuses jars and data', async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'ng-start-'));
    await symlink(path.resolve(ROOT, '.neo4j', 'jars'), path.join(home, 'jars')); // jars fetched once per machine
    const port = await freePort();

    const first = await startMain(port);
    const state = await liveState(path.join(home, 'server'));
    expect(state).not.toBeNull();
    expect(first.output()).toMatch(/Neo4j: local server at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(first.output()).not.toContain(
      await readFile(path.join(home, 'server', 'password'), 'utf8').then((p) => p.trim()),
    );
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);
    expect(await liveState(path.join(home, 'server'))).toBeNull();
    expect(() => process.kill(state!.pid, 0)).toThrow();

    const second = await startMain(port);
    expect(second.output()).not.toMatch(/Fetching Neo4j/);
    const graphql = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    }).then((r) => r.json());
    expect(graphql).toEqual({ data: { stats: { articles: 1 } } });

    // A killed run leaves its Neo4j behind; the next start finds and reuses it.
    const orphan = await liveState(path.join(home, 'server'));
    second.child.kill('SIGKILL');
    await exited(second.child);
    const third = await startMain(port);
    expect(third.output()).toContain(`Reusing the local Neo4j already running`);
    expect((await liveState(path.join(home, 'server')))?.pid).toBe(orphan?.pid);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
  }, 400_000);
});
