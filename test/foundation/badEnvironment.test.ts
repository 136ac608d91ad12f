/**
 * A bad environment gets one clear message and exit 1 — no stack trace — for each way it can
 * be wrong: wrong password, unreachable NEO4J_URI, PORT in use, Java too old, Maven unable to
 * fetch, no way to get Neo4j at all, a malformed setting.
 */
import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cleanEnv, runEntry, type RunResult } from '../support/runMain.js';

function expectCleanFailure(r: RunResult, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack frames
}

describe('npm start with a bad environment', () => {
  it('names the credentials when NEO4J_PASSWORD is wrong', async () => {
    const { uri, username } = inject('neo4j');
    const r = await runEntry(
      'main',
      [],
      cleanEnv({ NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: 'wrong-password', PORT: '0' }),
    );
    expectCleanFailure(r, /refused the credentials of user "neo4j".*Check NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect(r.stderr + r.stdout).not.toContain('wrong-password');
  });

  it('names the URI when NEO4J_URI is unreachable', async () => {
    const r = await runEntry(
      'main',
      [],
      cleanEnv({
        NEO4J_URI: 'bolt://127.0.0.1:1',
        NEO4J_PASSWORD: 'x',
        NEWSGRAPH_NEO4J_WAIT: '1',
        PORT: '0',
      }),
    );
    expectCleanFailure(r, /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*\n.*Check NEO4J_URI/);
  });

  it('names the port when PORT is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await runEntry('main', [], cleanEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: String(port) }));
      expectCleanFailure(r, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('rejects a malformed setting before doing anything', async () => {
    const r = await runEntry('main', [], cleanEnv({ PORT: 'four-thousand' }));
    expectCleanFailure(r, /Invalid environment:\n\s+PORT:/);
  });

  it('says Java is too old when JAVA_HOME holds Java 11', async () => {
    const javaHome = await mkdtemp(path.join(os.tmpdir(), 'old-java-'));
    await mkdir(path.join(javaHome, 'bin'));
    const fakeJava = path.join(javaHome, 'bin', 'java');
    await writeFile(fakeJava, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    await chmod(fakeJava, 0o755);
    const home = await mkdtemp(path.join(os.tmpdir(), 'ng-home-'));
    const r = await runEntry(
      'main',
      [],
      cleanEnv({ JAVA_HOME: javaHome, NEWSGRAPH_NEO4J: 'local', NEWSGRAPH_HOME: home, PORT: '0' }),
    );
    expectCleanFailure(r, /Java 11 found at .*Neo4j 5\.26 needs Java 17 or 21/);
  });

  it('says Maven could not fetch the server, and leaves no half-fetched jars', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'ng-home-'));
    const r = await runEntry(
      'main',
      [],
      cleanEnv({
        NEWSGRAPH_NEO4J: 'local',
        NEWSGRAPH_HOME: home,
        NEWSGRAPH_NEO4J_VERSION: '5.26.999',
        PORT: '0',
      }),
      180_000,
    );
    expectCleanFailure(r, /Maven could not fetch org\.neo4j:neo4j:5\.26\.999/);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(path.join(home, 'jars')).catch(() => [])).toEqual([]);
  });

  it('names the three ways when there is no Neo4j, Docker, Java or Maven', async () => {
    const bin = await mkdtemp(path.join(os.tmpdir(), 'only-node-'));
    await symlink(process.execPath, path.join(bin, 'node'));
    const env = cleanEnv({ PATH: bin, PORT: '0' });
    delete env.JAVA_HOME;
    delete env.DOCKER_HOST;
    const r = await runEntry('main', [], env);
    expectCleanFailure(r, /No Neo4j available[\s\S]*NEO4J_URI[\s\S]*Docker[\s\S]*Java 17\+ and Maven/);
  });
});
