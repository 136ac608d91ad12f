/**
 * `neo4j-admin database import full` for the database of a stopped local server: the store
 * files are written directly from CSV, without transactions — Neo4j's own path for an initial
 * bulk load, orders of magnitude faster than any Cypher write. Only the local server (way 3) can
 * do this: its files are on this machine and this process decides when it runs.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ProvisionError } from '../ProvisionError.js';
import { childEnv, withPrivateUmask } from './childProcess.js';
import { findJava } from './java.js';

export interface ImportOptions {
  home: string;
  jars: string;
  database: string;
  nodes: readonly string[];
  relationships: readonly string[];
  /** The files among them with a (quoted) field that holds a line break. */
  multiline: readonly string[];
  arrayDelimiter: string;
  /** Heap of the import tool's JVM (it keeps its caches off heap). */
  heap: string;
}

export interface ImportRun {
  seconds: number;
  /** The tool's own output, for a failure message or a verbose log. */
  output: string;
}

/**
 * Replaces the (empty) database's store with the imported one. The server must be stopped. On
 * failure the database's half-written files are removed, so the next start creates it empty
 * again, and the error carries the tool's last lines.
 */
export async function importDatabase(o: ImportOptions): Promise<ImportRun> {
  const java = findJava();
  if (!java) throw new ProvisionError('Java 17+ is needed to run neo4j-admin, and no `java` was found.');
  const confDir = path.join(o.home, 'conf');
  const args = [
    // The tool's own JVM, with the options neo4j-admin's launcher gives it. The launcher
    // (`org.neo4j.server.startup.Neo4jAdminCommand`) would start a JVM only to start this one,
    // a second JVM start on every import.
    '-Dfile.encoding=UTF-8',
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    '-cp',
    `${confDir}/*:${o.jars}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    o.database,
    '--overwrite-destination=true',
    `--array-delimiter=${o.arrayDelimiter}`,
    // A field that spans lines needs the slower, single-threaded parser; the finer-grained
    // `--multiline-fields-format=v2` (per file) refused our article texts ("CR outside a text cell").
    `--multiline-fields=${o.multiline.length > 0}`,
    // Bad data is an error, never skipped: the loader validated everything before.
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    `--report-file=${path.join(o.home, 'logs', 'import.report')}`,
    ...o.nodes.map((n) => `--nodes=${n}`),
    ...o.relationships.map((r) => `--relationships=${r}`),
  ];
  const started = performance.now();
  const { code, output } = await run(...withPrivateUmask(java.bin, args), childEnv(o.home, confDir));
  if (code !== 0) {
    await removeDatabaseFiles(o.home, o.database);
    const tail = output.trim().split('\n').slice(-20).join('\n');
    throw new ProvisionError(
      `neo4j-admin database import failed for database ${o.database} in ${o.home} (exit ${code}); ` +
        `its files were removed, so the database starts empty again.\n${tail}`,
    );
  }
  return { seconds: (performance.now() - started) / 1000, output };
}

/** The store and transaction logs of one database; Neo4j creates them anew at the next start. */
export async function removeDatabaseFiles(home: string, database: string): Promise<void> {
  await rm(path.join(home, 'data', 'databases', database), { recursive: true, force: true });
  await rm(path.join(home, 'data', 'transactions', database), { recursive: true, force: true });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => resolve({ code: -1, output: String(err) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
