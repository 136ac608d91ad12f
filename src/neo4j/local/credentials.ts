/**
 * The password of a local server: generated before its first start, kept beside its data in
 * `<home>/password` (mode 600), and set with `neo4j-admin dbms set-initial-password`, which only
 * takes effect before the first start.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ProvisionError } from '../ProvisionError.js';

export const passwordFile = (home: string) => path.join(home, 'password');

export function readPassword(home: string): string | null {
  return existsSync(passwordFile(home)) ? readFileSync(passwordFile(home), 'utf8').trim() : null;
}

/** Returns the server's password, creating and setting one when the server has never started. */
export async function ensurePassword(
  home: string,
  javaBin: string,
  jars: string,
  confDir: string,
): Promise<string> {
  const existing = readPassword(home);
  const initialised = existsSync(path.join(home, 'data', 'databases'));
  if (existing) return existing;
  if (initialised)
    throw new ProvisionError(
      `The local Neo4j in ${home} has data but no password file (${passwordFile(home)}). ` +
        `Restore that file, or delete ${home} to start from an empty graph.`,
    );
  const password = randomBytes(18).toString('base64url');
  await mkdir(home, { recursive: true });
  const result = spawnSync(
    javaBin,
    [
      // neo4j-admin's tool itself, as in importDatabase.ts: its launcher would start a JVM only
      // to start this one (1.1 s instead of 2.7–3.2 s, on every new home).
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${jars}/*`,
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      password,
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir }, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new ProvisionError(
      `neo4j-admin dbms set-initial-password failed in ${home}:\n${result.stderr || result.stdout}`,
    );
  await writeFile(passwordFile(home), password + '\n', { mode: 0o600 });
  return password;
}
