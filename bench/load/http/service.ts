/** The service under load: `npm start`'s entry as a child process, and its memory. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jTarget } from '../../../src/neo4j/Neo4jTarget.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Resident set size of a process (MB), from ps (Linux and macOS). */
export function rssMb(pid: number): number {
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

/** Starts the service on `port` and resolves once /ready answers 200 (at most 180 s). */
export async function startService(
  target: Neo4jTarget,
  port: number,
  logLevel: string,
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      PORT: String(port),
      NEWSGRAPH_SEED: 'seed',
      LOG_LEVEL: logLevel,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'], // request logs are written (as in production) and dropped
  });
  for (const deadline = Date.now() + 180_000; Date.now() < deadline;) {
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the service was not ready within 180 s');
}

/** Sends SIGTERM and waits for the exit. */
export async function stopService(service: ChildProcess | undefined): Promise<void> {
  if (!service || service.exitCode !== null) return;
  const exited = new Promise((r) => service.once('exit', r));
  service.kill('SIGTERM');
  await exited;
}
