/**
 * Slow-header clients (slowloris): a few sockets that start a request and then send one byte of
 * a header line per `byteEveryMs`, never finishing the headers. Each records how long the server
 * let it hang on before closing it; a closed one connects again, until the deadline. Bounded in
 * sockets, reconnects and time.
 */
import net from 'node:net';

export interface SlowOptions {
  port: number;
  sockets: number;
  localAddresses: (string | undefined)[];
  deadline: number;
  byteEveryMs: number;
  maxConnectsPerSocket: number;
}

export interface SlowOutcome {
  sockets: number;
  connects: number;
  /** Seconds each connection was held until the server closed it. */
  closedByServerAfterS: number[];
  /** Connections still open at the deadline (the server had not cut them). */
  openAtDeadline: number;
  /** Seconds each of those had been held by then. */
  openAtDeadlineAfterS: number[];
}

export async function runSlowClients(o: SlowOptions): Promise<SlowOutcome> {
  const out: SlowOutcome = {
    sockets: o.sockets,
    connects: 0,
    closedByServerAfterS: [],
    openAtDeadline: 0,
    openAtDeadlineAfterS: [],
  };
  /** One connection; true when the deadline, not the server, ended it. */
  const one = (localAddress: string | undefined) =>
    new Promise<boolean>((resolve) => {
      out.connects++;
      const started = Date.now();
      const socket = net.connect({
        host: '127.0.0.1',
        port: o.port,
        ...(localAddress ? { localAddress } : {}),
      });
      let ticker: NodeJS.Timeout | undefined;
      let ended = false;
      const stopAt = setTimeout(
        () => {
          ended = true;
          out.openAtDeadline++;
          out.openAtDeadlineAfterS.push(seconds(started));
          clearInterval(ticker);
          socket.destroy();
          resolve(true);
        },
        Math.max(0, o.deadline - Date.now()),
      );
      socket.on('connect', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
        ticker = setInterval(() => socket.write('a'), o.byteEveryMs);
      });
      socket.on('data', () => {}); // a 408 or 400 the server may send before closing
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(ticker);
        if (ended) return;
        clearTimeout(stopAt);
        out.closedByServerAfterS.push(seconds(started));
        resolve(false);
      });
    });
  await Promise.all(
    Array.from({ length: o.sockets }, async (_, i) => {
      const address = o.localAddresses[i % o.localAddresses.length];
      // The deadline timer, not the clock, ends the loop: the two may disagree by a millisecond.
      for (let n = 0; n < o.maxConnectsPerSocket && Date.now() < o.deadline; n++)
        if (await one(address)) break;
    }),
  );
  return out;
}

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
