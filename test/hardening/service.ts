/**
 * `npm start` (src/main.ts) as a child process for the hardening tests: started with an explicit
 * environment (NEO4J_URI pointing at a chosen server, so it starts none), watched over HTTP,
 * signalled like an orchestrator would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/neo4j/local/freePort.js';
import { cleanEnv } from '../support/runMain.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export class Service {
  private out = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.out += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(env: NodeJS.ProcessEnv): Promise<Service> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: cleanEnv({ NEWSGRAPH_SEED: '', LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new Service(child, `http://127.0.0.1:${port}`);
    await service.until(async () => (await service.status('/health')) === 200, 60_000, 'answer /health');
    return service;
  }

  output(): string {
    return this.out;
  }

  /** HTTP status of GET `path`, or 0 when the connection fails. */
  async status(path: string): Promise<number> {
    try {
      const res = await fetch(this.base + path, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  /** Polls `check` until it is true; throws (with the service's output) after `timeoutMs`. */
  async until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (await check()) return Date.now() - started;
      if (this.child.exitCode !== null)
        throw new Error(`the service exited before it did ${what}:\n${this.out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the service did not ${what} within ${timeoutMs} ms:\n${this.out}`);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}
