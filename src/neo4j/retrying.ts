/**
 * Retries `work` on the errors neo4j-driver calls retryable (no connection, a leader switch, a
 * transient server error) the way its managed transactions do: exponential backoff from 1 s,
 * ±20 % jitter, until `maxMs` would be exceeded. Only for idempotent work: auto-commit reads.
 */
import { isRetryableError } from 'neo4j-driver';

const FIRST_DELAY_MS = 1_000;

export async function retrying<T>(work: () => Promise<T>, maxMs: number): Promise<T> {
  const started = Date.now();
  for (let delay = FIRST_DELAY_MS; ; delay *= 2) {
    try {
      return await work();
    } catch (err) {
      const wait = delay * (0.8 + 0.4 * Math.random());
      if (!isRetryableError(err as Error) || Date.now() - started + wait > maxMs) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
