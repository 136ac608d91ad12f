/**
 * What the local server's processes can see and leave behind: a password that begins with `-`
 * is set like any other (no value is read as an option) and never appears on a command line; the
 * server and neo4j-admin get a clean environment, without the service's secrets; and the home,
 * its data and the auth file are readable by their owner only.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import { ensurePassword, generatePassword } from '../../src/neo4j/local/credentials.js';
import { ensureJars } from '../../src/neo4j/local/jars.js';
import { findJava } from '../../src/neo4j/local/java.js';
import { startLocalServer, stopLocalServer } from '../../src/neo4j/local/LocalServer.js';
import { liveState } from '../../src/neo4j/local/serverState.js';
import { localServerOptions } from '../../src/neo4j/resolveNeo4j.js';

const DASHED = '-dashFirst0123456789abcdef';
const SECRETS = {
  NEWSGRAPH_API_KEY: 'api-key-that-must-not-leak-0123456789',
  NEO4J_PASSWORD: 'neo4j-password-that-must-not-leak',
};
let home = '';

afterAll(async () => {
  for (const key of Object.keys(SECRETS)) delete process.env[key];
  if (home) {
    await stopLocalServer(home);
    await rm(home, { recursive: true, force: true });
  }
});

/** Every file and folder below `dir` (symbolic links not followed). */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    out.push(full);
    if (entry.isDirectory()) out.push(...(await walk(full)));
  }
  return out;
}

const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe('generated passwords', () => {
  it('come from letters and digits only', () => {
    for (let i = 0; i < 2000; i++) expect(generatePassword()).toMatch(/^[A-Za-z0-9]{24}$/);
  });
});

describe.runIf(inject('neo4j').way === 'local')('the local server’s processes and files', () => {
  it('a password beginning with "-" works, stays off command lines, and no secret or loose mode leaks', async () => {
    Object.assign(process.env, SECRETS);
    const env = parseEnv();
    home = await mkdtemp(path.join(os.tmpdir(), 'ng-hygiene-'));
    const java = findJava()!;
    const jars = await ensureJars(env.NEWSGRAPH_HOME, env.NEWSGRAPH_NEO4J_VERSION, () => {});
    const confDir = path.join(home, 'conf');
    await mkdir(confDir, { recursive: true });

    // neo4j-admin through a java that records what it was given.
    const seen = path.join(os.tmpdir(), `ng-hygiene-seen-${process.pid}`);
    const wrapper = `${seen}.sh`;
    await writeFile(
      wrapper,
      `#!/bin/sh\nprintf '%s\\n' "$@" > ${seen}.args\nenv > ${seen}.env\nexec ${java.bin} "$@"\n`,
    );
    await chmod(wrapper, 0o700);
    try {
      expect(await ensurePassword(home, wrapper, jars, confDir, () => DASHED)).toBe(DASHED);
      const args = await readFile(`${seen}.args`, 'utf8');
      expect(args).toContain('org.neo4j.cli.AdminTool');
      expect(args).not.toContain(DASHED);
      const adminEnv = await readFile(`${seen}.env`, 'utf8');
      for (const value of Object.values(SECRETS)) expect(adminEnv).not.toContain(value);
    } finally {
      for (const f of [wrapper, `${seen}.args`, `${seen}.env`]) await rm(f, { force: true });
    }
    // The password is only in the password file and (hashed) in the auth file.
    for (const file of await walk(home))
      if ((await stat(file)).isFile() && path.basename(file) !== 'password')
        expect(await readFile(file, 'utf8')).not.toContain(DASHED);

    const o = localServerOptions(env, { log: () => {} });
    const target = await startLocalServer({ ...o, home, auth: true, heap: '256m', pageCache: '64m' });
    expect(target.password).toBe(DASHED);
    const driver = neo4j.driver(target.uri, neo4j.auth.basic('neo4j', DASHED));
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: 'neo4j' });
      expect(records.map((r) => r.toObject())).toEqual([{ one: neo4j.int(1) }]);
    } finally {
      await driver.close();
    }

    const state = await liveState(home);
    const environ = (await readFile(`/proc/${state!.pid}/environ`, 'utf8')).split('\0').filter(Boolean);
    const names = environ.map((e) => e.slice(0, e.indexOf('=')));
    expect(names).not.toContain('NEWSGRAPH_API_KEY');
    expect(names).not.toContain('NEO4J_PASSWORD');
    for (const value of Object.values(SECRETS)) expect(environ.join('\n')).not.toContain(value);
    expect(environ).toContain(`NEO4J_HOME=${home}`);
    const cmdline = await readFile(`/proc/${state!.pid}/cmdline`, 'utf8');
    expect(cmdline).not.toContain(DASHED);

    expect(await mode(home)).toBe(0o700);
    expect(await mode(path.join(home, 'data'))).toBe(0o700);
    expect(await mode(path.join(home, 'data', 'dbms', 'auth.ini'))).toBe(0o600);
    expect(await mode(path.join(home, 'password'))).toBe(0o600);
    // Including what the running server wrote itself (store files, transaction logs, its own logs).
    const loose = [];
    for (const p of await walk(home)) if (((await stat(p)).mode & 0o077) !== 0) loose.push(p);
    expect(loose).toEqual([]);
  }, 240_000);
});
