/**
 * SIGTERM: the service stops accepting connections at once, finishes the request in flight,
 * closes the driver and exits 0; a request still unfinished at the deadline
 * (NEWSGRAPH_SHUTDOWN_TIMEOUT_MS) is cut off and the exit is still 0. The service runs as
 * `npm start` does, with NEO4J_URI at the test run's Neo4j (so it starts none of its own).
 * That a Neo4j the service started is stopped too: test/foundation/startLifecycle.test.ts.
 */
import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { Service } from './service.js';

const neo4jEnv = () => {
  const n = inject('neo4j');
  return {
    NEO4J_URI: n.uri,
    NEO4J_USERNAME: n.username,
    NEO4J_PASSWORD: n.password,
    NEO4J_DATABASE: n.database,
  };
};

const BODY = JSON.stringify({ query: '{ stats { articles } }' });

/** A POST whose body arrives in two parts: the request is in flight until `finish()`. */
function slowRequest(base: string) {
  const url = new URL('/graphql', base);
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
  });
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  req.write(BODY.slice(0, 10));
  return { reply, finish: () => req.end(BODY.slice(10)) };
}

async function readyService(env: Record<string, string> = {}): Promise<Service> {
  const service = await Service.start({ ...neo4jEnv(), ...env });
  await service.until(async () => (await service.status('/ready')) === 200, 60_000, 'become ready');
  return service;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown on SIGTERM', () => {
  it('stops accepting, finishes the request in flight, closes the driver, exits 0', async () => {
    const service = await readyService({ NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: '20000' });
    const inFlight = slowRequest(service.base);
    await sleep(300);
    const signalled = Date.now();
    service.kill('SIGTERM');
    await service.until(async () => (await service.status('/health')) === 0, 5_000, 'stop accepting');
    await sleep(500);
    inFlight.finish();
    const reply = await inFlight.reply;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ data: { stats: { articles: expect.any(Number) } } });
    expect(await service.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(service.output()).toMatch(/SIGTERM: shutting down[\s\S]*Stopped/);
  }, 120_000);

  it('cuts off a request still unfinished at the deadline, and still exits 0', async () => {
    const service = await readyService({ NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: '1500' });
    const stuck = slowRequest(service.base); // never finished by the client
    const cutOff = stuck.reply.then(
      () => 'answered',
      () => 'cut off',
    );
    await sleep(300);
    const signalled = Date.now();
    service.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    const took = Date.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(1_400);
    expect(took).toBeLessThan(10_000);
    expect(await cutOff).toBe('cut off');
    expect(service.output()).toMatch(/deadline passed/);
  }, 120_000);
});
