/**
 * The password of a local server: generated before its first start, kept beside its data in
 * `<home>/password` (mode 600), and set with `neo4j-admin dbms set-initial-password`, which only
 * takes effect before the first start.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ProvisionError } from '../ProvisionError.js';
import { childEnv, withPrivateUmask } from './childProcess.js';

export const passwordFile = (home: string) => path.join(home, 'password');

/**
 * Letters and digits only: nothing a command line, a shell or an argument file could read as an
 * option, a quote or a comment. 24 of them carry 142 bits.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function generatePassword(length = 24): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

/** What an argument file may hold unquoted as one argument (see setInitialPassword). */
const PLAIN_ARGUMENT = /^[-A-Za-z0-9_.]+$/;

export function readPassword(home: string): string | null {
  return existsSync(passwordFile(home)) ? readFileSync(passwordFile(home), 'utf8').trim() : null;
}

/** Returns the server's password, creating and setting one when the server has never started. */
export async function ensurePassword(
  home: string,
  javaBin: string,
  jars: string,
  confDir: string,
  generate: () => string = generatePassword,
): Promise<string> {
  const existing = readPassword(home);
  const initialised = existsSync(path.join(home, 'data', 'databases'));
  if (existing) return existing;
  if (initialised)
    throw new ProvisionError(
      `The local Neo4j in ${home} has data but no password file (${passwordFile(home)}). ` +
        `Restore that file, or delete ${home} to start from an empty graph.`,
    );
  const password = generate();
  await mkdir(home, { recursive: true, mode: 0o700 });
  await setInitialPassword(home, javaBin, jars, confDir, password);
  await writeFile(passwordFile(home), password + '\n', { mode: 0o600 });
  return password;
}

/**
 * `neo4j-admin dbms set-initial-password`, which takes the password only as an argument. So that
 * it never shows on a command line (`ps`), the arguments come from an argument file (picocli
 * reads `@file`), mode 600 and removed at once; `--` ends the options, so a password that begins
 * with `-` is still read as the password.
 */
async function setInitialPassword(
  home: string,
  javaBin: string,
  jars: string,
  confDir: string,
  password: string,
): Promise<void> {
  if (!PLAIN_ARGUMENT.test(password))
    throw new ProvisionError('A local server password may hold only letters, digits, "-", "_" and ".".');
  const argFile = path.join(home, `.set-initial-password.${process.pid}`);
  await writeFile(argFile, `dbms set-initial-password -- ${password}\n`, { mode: 0o600 });
  try {
    const [bin, args] = withPrivateUmask(javaBin, [
      // neo4j-admin's tool itself, as in importDatabase.ts: its launcher would start a JVM only
      // to start this one (1.1 s instead of 2.7–3.2 s, on every new home).
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${jars}/*`,
      'org.neo4j.cli.AdminTool',
      `@${argFile}`,
    ]);
    const result = spawnSync(bin, args, { env: childEnv(home, confDir), encoding: 'utf8' });
    if (result.status !== 0)
      throw new ProvisionError(
        `neo4j-admin dbms set-initial-password failed in ${home}:\n${result.stderr || result.stdout}`,
      );
  } finally {
    await rm(argFile, { force: true });
  }
}
