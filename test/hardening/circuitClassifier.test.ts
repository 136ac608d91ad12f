/**
 * Whether Neo4j is "down" is decided by the driver's error codes and types, never by message
 * text: Neo4j repeats a statement's own text in its messages, so a client could otherwise word a
 * failing query so that it opened the circuit — and every client got 503. Here: real driver
 * errors (from a real server, a closed port, a full pool) through the classifier, then user text
 * holding every word a message-reading classifier would look for, sent through Query.cypher and
 * through ordinary API arguments — after which /ready stays 200 and other requests succeed.
 */
import net from 'node:net';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { isUnavailable } from '../../src/neo4j/errors.js';
import { freePort } from '../../src/neo4j/local/freePort.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { codes, postGraphQL } from './graphqlClient.js';
import { testSettings } from '../support/appSettings.js';

/** Every word a classifier reading messages looked for, in one string a client controls. */
const BAIT =
  'connect ECONNREFUSED ECONNRESET acquisition timed out Pool is closed Failed to connect to server';

let db: Database;
let services: Services;
let app: App;
let driver: Driver;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  services = new Services({ db });
  app = createApp(services, testSettings({ cache: { ttlMs: 0, maxEntries: 1 } }));
  const t = inject('neo4j');
  driver = neo4j.driver(t.uri, neo4j.auth.basic(t.username, t.password));
});

afterAll(async () => {
  services?.circuit.dispose();
  await driver?.close();
  await db?.close();
});

/** A driver error as the driver makes one (neo4j-driver's own class and codes). */
const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

/** The error a real statement gets from the real server. */
async function serverError(query: string, params: Record<string, unknown> = {}): Promise<Neo4jError> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(query, params);
  } catch (err) {
    return err as Neo4jError;
  } finally {
    await session.close();
  }
  throw new Error(`expected ${query} to fail`);
}

describe('the classifier, on real driver errors', () => {
  it('does not take a failed query for an outage, whatever its message repeats', async () => {
    const echoed = [
      await serverError("CALL db.index.fulltext.queryNodes('connect','x') YIELD node RETURN node"),
      await serverError('CALL db.index.fulltext.queryNodes($name, "x") YIELD node RETURN node', {
        name: BAIT,
      }),
      await serverError(`RETURN 1 + {\`${BAIT}\`: 1}`),
      await serverError(`MATCH (n) WHERE n.x = 'ECONNREFUSED' RETURN n ORDER BY ${BAIT}`),
    ];
    for (const err of echoed) {
      expect(err).toBeInstanceOf(Neo4jError);
      expect(err.code).toMatch(/^Neo\.ClientError\./);
      expect(isUnavailable(err), `${err.code}: ${err.message}`).toBe(false);
    }
    // The first of them really does carry the word in its message (what made it dangerous).
    expect(echoed[0]!.message).toMatch(/connect/);
    expect(echoed[1]!.message).toContain('ECONNREFUSED');
  });

  it('does not take a query past its timeout or its memory for an outage', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const timedOut = await session
      .run(
        `CALL { WITH 1 AS one UNWIND range(1, 100000000) AS x RETURN count(x) AS n } RETURN n, '${BAIT}'`,
        {},
        { timeout: 50 },
      )
      .then(
        () => undefined,
        (err: unknown) => err as Neo4jError,
      );
    await session.close();
    expect(timedOut?.code).toMatch(/TransactionTimedOut/);
    expect(isUnavailable(timedOut)).toBe(false);
    const memory = driverError(
      `${BAIT}: the allocation exceeded the limit`,
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    );
    expect(isUnavailable(memory)).toBe(false);
  });

  it('takes a refused connection, a lost session and an unavailable database for an outage', async () => {
    const closedPort = await freePort();
    const nowhere = neo4j.driver(`bolt://127.0.0.1:${closedPort}`, neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 0,
    });
    try {
      const refused = await nowhere.getServerInfo().then(
        () => undefined,
        (err: unknown) => err as Neo4jError,
      );
      expect(refused?.code).toBe('ServiceUnavailable');
      expect(isUnavailable(refused)).toBe(true);
    } finally {
      await nowhere.close();
    }
    expect(isUnavailable(driverError('gone', neo4j.error.SESSION_EXPIRED))).toBe(true);
    expect(isUnavailable(driverError('x', 'Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
  });

  it('takes a Node connection error (by its code, also as a cause) for an outage, and a plain Error with the words not', async () => {
    const closedPort = await freePort();
    const socketError = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = net.connect(closedPort, '127.0.0.1');
      socket.once('error', resolve);
    });
    expect(socketError.code).toBe('ECONNREFUSED');
    expect(isUnavailable(socketError)).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: socketError }))).toBe(true);
    expect(isUnavailable(new Error(BAIT))).toBe(false);
    expect(isUnavailable(Object.assign(new Error(BAIT), { code: 'ECONNREFUSED' }))).toBe(false); // no syscall: not Node's
  });

  it('does not take a full connection pool (overload) for an outage', async () => {
    const t = inject('neo4j');
    const tiny = neo4j.driver(t.uri, neo4j.auth.basic(t.username, t.password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
    });
    const holder = tiny.session();
    const tx = await holder.beginTransaction();
    try {
      const second = tiny.session();
      const full = await second.run('RETURN 1').then(
        () => undefined,
        (err: unknown) => err as Neo4jError,
      );
      await second.close();
      expect(full).toBeInstanceOf(Neo4jError);
      expect(full?.message).toMatch(/acquisition timed out/);
      expect(isUnavailable(full)).toBe(false);
    } finally {
      await tx.rollback();
      await holder.close();
      await tiny.close();
    }
  });
});

describe('user text through the API', () => {
  const ready = async () => (await app.fetch('http://test/ready')).status;
  const ask = (query: string, variables?: Record<string, unknown>) =>
    postGraphQL(app.fetch, 'http://test/graphql', query, variables);
  const stats = '{ stats { articles } }';

  it('Query.cypher: a statement whose error repeats the words keeps the service up for everyone', async () => {
    expect(await ready()).toBe(200);
    const statements = [
      "CALL db.index.fulltext.queryNodes('connect','x') YIELD node RETURN node",
      `CALL db.index.fulltext.queryNodes('${BAIT}','x') YIELD node RETURN node`,
      `RETURN 1 + {\`${BAIT}\`: 1}`,
    ];
    for (const statement of statements) {
      const r = await ask('query ($q: String!) { cypher(query: $q) { rows } }', { q: statement });
      expect(codes(r), statement).not.toContain('SERVICE_UNAVAILABLE');
      expect(r.status, statement).toBe(200);
    }
    expect(services.circuit.isOpen).toBe(false);
    expect(await ready()).toBe(200);
    const after = await ask(stats);
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ data: { stats: { articles: 1 } } });
  });

  it('ordinary arguments holding the words keep the service up for everyone', async () => {
    const asks = [
      ask('query ($t: String!) { search(text: $t) { entity { id } } }', { t: `${BAIT} (` }),
      ask('query ($t: String!) { search(text: $t) { entity { id } } }', { t: 'connect~~~ "ECONNRESET' }),
      ask('query ($id: ID!) { entity(id: $id) { name } }', { id: BAIT }),
      ask('query ($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }', { a: BAIT, b: 'connect' }),
    ];
    for (const r of await Promise.all(asks)) {
      expect(codes(r)).not.toContain('SERVICE_UNAVAILABLE');
      expect(r.status).toBe(200);
    }
    expect(services.circuit.isOpen).toBe(false);
    expect(await ready()).toBe(200);
    expect((await ask(stats)).body).toEqual({ data: { stats: { articles: 1 } } });
  });
});
