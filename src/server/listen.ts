/** Opens the HTTP port for the app (the app itself is built in createApp.ts). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../errors/UserError.js';

export class PortInUseError extends UserError {
  override name = 'PortInUseError';
}

export interface ListenOptions {
  /** Time a client has to send the request headers (ms); SECURITY.md documents the default. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request, body included (ms). */
  requestTimeoutMs?: number;
}

/** Slow clients (slowloris) cannot hold a connection open for long: headers within 10 s, the whole request within 30 s. */
export const SLOW_CLIENT_TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 } as const;

/**
 * Node checks both timeouts only every `connectionsCheckingInterval` (30 s by default), so a
 * client would be cut off up to that much later than the timeout says; checking every second
 * keeps the documented times within a second.
 */
const CHECK_EVERY_MS = 1000;

export function listen(
  handler: http.RequestListener,
  port: number,
  host: string,
  o: ListenOptions = {},
): Promise<http.Server> {
  const { headersTimeoutMs, requestTimeoutMs } = { ...SLOW_CLIENT_TIMEOUTS, ...o };
  const server = http.createServer(
    // Bodies are small (NEWSGRAPH_MAX_BODY_BYTES), so a whole request fits the time easily.
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(CHECK_EVERY_MS, headersTimeoutMs, requestTimeoutMs),
    },
    handler,
  );
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(
          new PortInUseError(
            `Port ${port} on ${host} is already in use. Stop what uses it, or set PORT to another port.`,
          ),
        );
      else reject(err);
    });
    server.listen(port, host, () => resolve(server));
  });
}

export function boundPort(server: http.Server): number {
  return (server.address() as AddressInfo).port;
}
