/** Waiting for a started server to accept Bolt, and quoting its log when it does not. */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../Neo4jTarget.js';

export const consoleLog = (home: string) => path.join(home, 'logs', 'console.log');

export async function logTail(home: string, lines = 25): Promise<string> {
  try {
    const text = await readFile(consoleLog(home), 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/** Why a started child is gone (its exit code), or undefined while it runs. */
export function exitOf(child: ChildProcess): () => string | undefined {
  let exited: string | undefined;
  child.once('exit', (code) => (exited = `Neo4j exited during start-up (exit code ${code}).`));
  return () => exited;
}

/**
 * Resolves once the server answers over Bolt; rejects when `gone` names a reason (the process
 * has ended) or time runs out.
 */
export async function waitForBolt(
  t: Neo4jTarget,
  gone: () => string | undefined,
  timeoutMs: number,
): Promise<void> {
  const auth = t.password ? neo4j.auth.basic(t.username, t.password) : undefined;
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    const reason = gone();
    if (reason) throw new ServerGone(reason);
    const driver = neo4j.driver(t.uri, auth, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
    try {
      await driver.getServerInfo({ database: t.database });
      return;
    } catch (err) {
      lastError = (err as Error).message;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not accept Bolt connections within ${timeoutMs / 1000} s (last error: ${lastError}).`,
  );
}

/** The server process ended while we waited for it. */
export class ServerGone extends Error {}
