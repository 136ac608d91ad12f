/**
 * Starts a benchmark server (servers/*.ts) as a child process through tsx, waits for its
 * `READY <port>` line, and reads its memory from /proc (Linux): VmHWM is the peak resident set
 * since the process started — the peak RSS under the load it served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Child {
  name: string;
  port: number;
  pid: number;
  /** Peak RSS in MiB since start (VmHWM), or null where /proc is not available. */
  peakRssMb(): Promise<number | null>;
  stop(): Promise<void>;
}

const SERVERS = fileURLToPath(new URL('../servers/', import.meta.url));

export async function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVERS + script], {
    env: { ...process.env, ...env },
    // The IPC channel closes when this process dies, however it dies: the child then exits too.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const tail: string[] = [];
  const keep = (d: Buffer) => {
    tail.push(d.toString());
    if (tail.length > 20) tail.shift();
  };
  child.stderr!.on('data', keep);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs} ms`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      const m = /READY (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      } else keep(d);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready:\n${tail.join('')}`));
    });
  });
  return {
    name,
    port,
    pid: child.pid!,
    peakRssMb: () => vmHwmMb(child.pid!),
    stop: () => stop(child),
  };
}

async function vmHwmMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
