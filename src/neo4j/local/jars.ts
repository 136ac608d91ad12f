/**
 * The jars of the local Neo4j server, laid out by Maven from Maven Central (pom.xml beside this
 * file) into `<home>/jars/<version>/`. Fetched once, reused by every later start; a failed or
 * interrupted fetch leaves nothing behind that a later start would mistake for a complete one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProvisionError } from '../ProvisionError.js';

const POM = fileURLToPath(new URL('./pom.xml', import.meta.url));
/** Neo4j Browser's newest release on Maven Central; served at /browser/ when on the classpath. */
export const NEO4J_BROWSER_VERSION = '5.24.0';

export function jarsDir(home: string, version: string): string {
  return path.resolve(home, 'jars', version);
}

/** Returns the folder holding every jar of the server, fetching them first if needed. */
export async function ensureJars(home: string, version: string, log: (msg: string) => void): Promise<string> {
  const dir = jarsDir(home, version);
  if (existsSync(path.join(dir, `neo4j-${version}.jar`))) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  log(`Fetching Neo4j ${version} Community jars from Maven Central (once; about 140 MB) into ${dir}`);
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-Dneo4j.version=${version}`,
    `-Dneo4j.browser.version=${NEO4J_BROWSER_VERSION}`,
    `-DoutputDirectory=${partial}`,
    '-DincludeScope=runtime',
  ];
  const { code, output } = await runMaven(args);
  if (code !== 0 || !existsSync(path.join(partial, `neo4j-${version}.jar`))) {
    await rm(partial, { recursive: true, force: true });
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new ProvisionError(
      `Maven could not fetch org.neo4j:neo4j:${version} (exit ${code}).\n` +
        `Command: mvn ${args.join(' ')}\n${tail}\n` +
        'Check that Maven can reach Maven Central (proxy settings in ~/.m2/settings.xml), ' +
        'or set NEO4J_URI to an existing Neo4j.',
    );
  }
  // A folder without the server's jar is no complete fetch (nothing renames one into place).
  if (!existsSync(path.join(dir, `neo4j-${version}.jar`))) await rm(dir, { recursive: true, force: true });
  try {
    await rename(partial, dir);
  } catch (err) {
    // Another run renamed its complete folder into place first: servers may be running from it,
    // so it stays, and ours goes.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(dir, `neo4j-${version}.jar`))) throw err;
  }
  log(`Fetched ${(await readdir(dir)).length} jars`);
  return dir;
}

/** Runs `mvn` with `args`; its exit code and everything it printed. */
export function runMaven(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => resolve({ code: -1, output: String(err) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
