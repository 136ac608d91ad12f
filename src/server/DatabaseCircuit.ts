/**
 * A circuit breaker in front of Neo4j. Once Neo4j is found unreachable (a request failed with a
 * connection error, or /ready could not ping it), the circuit opens: GraphQL requests fail at once
 * with SERVICE_UNAVAILABLE instead of each waiting out the driver's connection retries, and
 * /ready answers 503 without a round trip. A probe pings Neo4j every `probeEveryMs`; the first
 * answer closes the circuit, so the service serves again within that interval of Neo4j's return.
 */
import { logger } from '../log/logger.js';

export class DatabaseCircuit {
  private openedAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly ping: () => Promise<void>,
    private readonly probeEveryMs = 500,
  ) {}

  get isOpen(): boolean {
    return this.openedAt !== null;
  }

  /** Neo4j was found unreachable: fail fast until a probe reaches it again. */
  open(): void {
    if (this.openedAt !== null) return;
    this.openedAt = Date.now();
    logger.warn('Neo4j is unreachable: answering SERVICE_UNAVAILABLE at once until it is back');
    this.timer = setInterval(() => void this.probe(), this.probeEveryMs);
    this.timer.unref();
  }

  /** Stops probing (at shutdown). */
  dispose(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async probe(): Promise<void> {
    if (this.probing) return; // a ping to a black-holed host can outlast the interval
    this.probing = true;
    try {
      await this.ping();
      const downMs = Date.now() - (this.openedAt ?? Date.now());
      this.dispose();
      this.openedAt = null;
      logger.info({ downMs }, `Neo4j is reachable again after ${(downMs / 1000).toFixed(1)} s`);
    } catch {
      // still down; the next tick tries again
    } finally {
      this.probing = false;
    }
  }
}
