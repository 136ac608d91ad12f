/**
 * Slow clients (slowloris) are cut off when SECURITY.md says: a client that sends its headers a
 * byte at a time gets 408 and a closed connection about 10 s after it connected, one that
 * dribbles its body about 30 s after. Raw loopback sockets, bounded: a test gives up 10 s past
 * the documented time.
 */
import type http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundPort, listen } from '../../src/server/listen.js';

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = await listen(
    (req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    },
    0,
    '127.0.0.1',
  );
  port = boundPort(server);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Cut {
  /** Seconds from connecting until the server closed the connection (null: it never did). */
  after: number | null;
  answer: string;
}

/** Connects, sends `head` at once, then one byte of `drip` every `everyMs` until the server closes or `giveUpS` passes. */
function dribble(head: string, drip: string, giveUpS: number, everyMs = 250): Promise<Cut> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const done = (after: number | null) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ after, answer });
    };
    const giveUp = setTimeout(() => done(null), giveUpS * 1000);
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => done((Date.now() - started) / 1000));
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip);
      }, everyMs);
    });
  });
}

describe('slow clients', () => {
  it('the created server has the documented timeouts, checked every second', () => {
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    // Not in @types/node's Server, but a public property of Node's http.Server.
    expect(
      (server as http.Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval,
    ).toBe(1000);
  });

  it.concurrent(
    'headers sent a byte at a time: cut off after about 10 s',
    async () => {
      const cut = await dribble('GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 'a', 20);
      expect(cut.after).not.toBeNull();
      expect(cut.after!).toBeGreaterThanOrEqual(9.5);
      expect(cut.after!).toBeLessThanOrEqual(12);
      expect(cut.answer).toMatch(/^HTTP\/1\.1 408/);
    },
    30_000,
  );

  it.concurrent(
    'a body sent a byte at a time: cut off after about 30 s',
    async () => {
      const cut = await dribble(
        'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
        ' ',
        40,
      );
      expect(cut.after).not.toBeNull();
      expect(cut.after!).toBeGreaterThanOrEqual(29.5);
      expect(cut.after!).toBeLessThanOrEqual(32);
      expect(cut.answer).toMatch(/^HTTP\/1\.1 408/);
    },
    50_000,
  );
});
