/** Opens the HTTP port for the app (the app itself is built in createApp.ts). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

export function listen(handler: http.RequestListener, port: number, host: string): Promise<http.Server> {
  const server = http.createServer(
    // Slow clients (slowloris) cannot hold a connection open for long: headers within 10 s, the
    // whole request within 30 s. Bodies are small (NEWSGRAPH_MAX_BODY_BYTES).
    { headersTimeout: 10_000, requestTimeout: 30_000 },
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
