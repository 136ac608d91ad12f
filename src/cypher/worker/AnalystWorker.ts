/**
 * Query.cypher's statements, run on a worker thread with the analysts' own driver
 * (analystWorkerMain.ts): a row of megabytes is received and decoded there, and only the capped
 * answer (at most NEWSGRAPH_CYPHER_MAX_BYTES of plain rows) crosses to this thread — so /health
 * and the API never wait behind an analyst's rows. A thread that crashes is reported, its
 * queries fail (masked as internal errors), their slots are given back (the thread's
 * connections closed with it), and the next query starts a new thread; the service stays up.
 */
import { Worker } from 'node:worker_threads';
import { logger } from '../../log/logger.js';
import type { DatabaseTarget } from '../../neo4j/Database.js';
import type { AnalystRunner } from '../AnalystRunner.js';
import type { CappedResult } from '../fetchCapped.js';
import type { RunLimits, RunOptions } from '../runReadOnlyCypher.js';
import { receivedError, type FromWorker, type ToWorker, type WorkerSettings } from './workerMessages.js';

const ENTRY = new URL('./analystWorker.mjs', import.meta.url);

interface Pending {
  answer?: { resolve: (r: CappedResult) => void; reject: (e: unknown) => void };
  release: () => void;
}

export class AnalystWorker implements AnalystRunner {
  private thread: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closing = false;

  constructor(private settings: WorkerSettings) {}

  run(query: string, params: unknown, limits: RunLimits, o: RunOptions = {}): Promise<CappedResult> {
    if (this.closing) return Promise.reject(new Error('Query.cypher is shutting down'));
    const thread = this.current();
    const id = this.nextId++;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    o.onSessionClosing?.(released);
    return new Promise<CappedResult>((resolve, reject) => {
      this.pending.set(id, { answer: { resolve, reject }, release });
      // Only the limits: the caller's settings object may hold more (the API key).
      const { timeoutMs, maxRows, maxBytes } = limits;
      const message: ToWorker = { type: 'run', id, query, params, limits: { timeoutMs, maxRows, maxBytes } };
      if (o.requestId) message.requestId = o.requestId;
      thread.postMessage(message);
    });
  }

  retarget(to: DatabaseTarget): boolean {
    const from = this.settings.target;
    if (to.uri === from.uri && to.username === from.username && to.password === from.password) return false;
    this.settings = { ...this.settings, target: to };
    this.thread?.postMessage({ type: 'retarget', target: to } satisfies ToWorker);
    return true;
  }

  /** Closes the thread's drivers and ends it (after 5 s, by force). */
  async close(): Promise<void> {
    this.closing = true;
    const thread = this.thread;
    if (!thread) return;
    const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    thread.postMessage({ type: 'close' } satisfies ToWorker);
    const timer = setTimeout(() => void thread.terminate(), 5_000);
    await exited;
    clearTimeout(timer);
  }

  /** The thread now running (tests end it to see a crash handled); null before the first query. */
  get threadForTests(): Worker | null {
    return this.thread;
  }

  private current(): Worker {
    if (this.thread) return this.thread;
    // No loader flags of this process: the entry registers tsx itself (analystWorker.mjs).
    const thread = new Worker(ENTRY, { workerData: this.settings, execArgv: [] });
    // Never keeps the process alive on its own: a query under way has its HTTP request for that.
    thread.unref();
    thread.on('message', (m: FromWorker) => this.hear(m));
    thread.on('error', (err) => logger.error({ err }, 'The Query.cypher worker thread crashed'));
    thread.on('exit', (code) => this.ended(thread, code));
    this.thread = thread;
    return thread;
  }

  private hear(m: FromWorker): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    // The slot first: the caller's next query must find it free.
    if (m.type === 'released' || m.released) {
      p.release();
      this.pending.delete(m.id);
    }
    if (m.type === 'result') p.answer?.resolve(m.result);
    else if (m.type === 'error') p.answer?.reject(receivedError(m.error));
    delete p.answer;
  }

  private ended(thread: Worker, code: number): void {
    if (this.thread === thread) this.thread = null;
    if (!this.closing)
      logger.error(
        { exitCode: code, queries: this.pending.size },
        'The Query.cypher worker thread stopped; its queries failed and the next one starts a new thread',
      );
    for (const p of this.pending.values()) {
      p.answer?.reject(new Error(`The Query.cypher worker thread stopped (exit code ${code})`));
      p.release();
    }
    this.pending.clear();
  }
}
