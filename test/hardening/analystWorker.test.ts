/**
 * Query.cypher's worker thread (src/cypher/worker/): answers and refuses exactly as the same
 * statements run in this thread; follows Neo4j when it moves (retarget); a crash of the thread is
 * reported, fails only the queries it had, gives their slots back and the next query runs on a
 * new thread; and a query that produces rows is gone from Neo4j shortly after its QUERY_TIMEOUT.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import { inProcessRunner, type AnalystRunner } from '../../src/cypher/AnalystRunner.js';
import { openAnalystRunner } from '../../src/cypher/openAnalystRunner.js';
import type { RunLimits } from '../../src/cypher/runReadOnlyCypher.js';
import { AnalystWorker } from '../../src/cypher/worker/AnalystWorker.js';
import { logger } from '../../src/log/logger.js';
import { terminateLeftovers } from '../../src/cypher/worker/terminateLeftovers.js';
import { Database } from '../../src/neo4j/Database.js';
import { Services } from '../../src/server/Services.js';
import { isUnavailable } from '../../src/neo4j/errors.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';

let db: Database;
let worker: AnalystRunner;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  worker = openAnalystRunner(inject('neo4j'), parseEnv({ NEWSGRAPH_CYPHER_CONCURRENCY: '2' }));
});

afterAll(async () => {
  await worker?.close();
  await db?.close();
});

const LIMITS: RunLimits = { timeoutMs: 5_000, maxRows: 1000, maxBytes: 1_048_576 };

/** A run's outcome as plain data: the answer, or the error's class, message and own fields. */
async function outcome(runner: AnalystRunner, query: string, params?: unknown, limits = LIMITS) {
  try {
    return { answer: await runner.run(query, params, limits) };
  } catch (err) {
    const e = err as Error & Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'stack'));
    return {
      error: {
        class: e.constructor.name,
        name: e.name,
        message: e.message,
        own,
        unavailable: isUnavailable(e),
      },
    };
  }
}

/** Analyst transactions still alive in Neo4j (found by their transaction metadata). */
async function analystTransactions(requestId: string): Promise<unknown[]> {
  return db.read(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.tag = 'Query.cypher' AND metaData.requestId = $requestId " +
      'RETURN status',
    { requestId },
  );
}

describe('the analysts’ worker thread', () => {
  it('answers and refuses exactly as the same statements run in this thread', async () => {
    const here = inProcessRunner(db);
    const cases: Array<[string, unknown?, Partial<RunLimits>?]> = [
      ["MATCH (e:Entity {id: 'openai'}) RETURN e.name AS name, e AS entity", undefined],
      ['RETURN $n AS n, $f AS f, $s AS s, date("2024-05-01") AS d', { n: 5, f: 1.5, s: 'x' }],
      ['UNWIND range(1, 10) AS x RETURN x', undefined, { maxRows: 3 }],
      [
        "UNWIND range(1, 100) AS x RETURN reduce(s = '', i IN range(1, 50) | s + 'xx') AS s",
        undefined,
        { maxBytes: 2048 },
      ],
      ["RETURN [x IN range(1, 300000) | 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] AS big", undefined],
      ['CREATE (n:Entity {id: "x"}) RETURN n', undefined],
      ['LOAD CSV FROM "file:///etc/passwd" AS l RETURN l', undefined],
      ['CALL dbms.killQueries(["x"])', undefined],
      ['MATCH (n RETURN n', undefined],
      ['RETURN 1', [1, 2]],
      ['', undefined],
      ["CALL db.index.fulltext.queryNodes('connect', 'x') YIELD node RETURN node", undefined],
      [
        'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
        undefined,
        { timeoutMs: 1000 },
      ],
    ];
    for (const [query, params, limits] of cases) {
      const expected = await outcome(here, query, params, { ...LIMITS, ...limits });
      const actual = await outcome(worker, query, params, { ...LIMITS, ...limits });
      expect({ query, ...actual }).toEqual({ query, ...expected });
    }
  }, 120_000);

  it('gives a run’s slot back only once Neo4j has let go of its sessions', async () => {
    const closing: Array<Promise<void>> = [];
    await worker.run('RETURN 1 AS one', undefined, LIMITS, { onSessionClosing: (c) => closing.push(c) });
    expect(closing).toHaveLength(1);
    await expect(Promise.all(closing)).resolves.toEqual([undefined]);
  });

  it('follows Neo4j to another address (retarget), as the API’s Database does', async () => {
    const target = inject('neo4j');
    expect(worker.retarget(target)).toBe(false);
    expect(worker.retarget({ ...target, uri: 'bolt://127.0.0.1:9' })).toBe(true);
    const gone = await outcome(worker, 'RETURN 1 AS one');
    expect(gone.error?.unavailable).toBe(true);
    expect(worker.retarget(target)).toBe(true);
    expect(await outcome(worker, 'RETURN 1 AS one')).toEqual({
      answer: { columns: ['one'], rows: [{ one: 1 }], truncated: false, truncatedBy: null },
    });
  }, 30_000);

  it('moves with the service when Neo4j is found elsewhere (Services.followNeo4jWith)', async () => {
    const target = inject('neo4j');
    const apiDb = new Database(target);
    const own = openAnalystRunner(target, parseEnv({}));
    const services = new Services({ db: apiDb });
    services.useAnalyst(own);
    // The same server under another address: a move the test can see succeed.
    const elsewhere = { ...target, uri: target.uri.replace('127.0.0.1', 'localhost') };
    expect(elsewhere.uri).not.toBe(target.uri);
    services.followNeo4jWith(() => Promise.resolve(elsewhere));
    try {
      expect((await own.run('RETURN 1 AS one', undefined, LIMITS)).rows).toEqual([{ one: 1 }]);
      services.circuit.open();
      for (let i = 0; services.circuit.isOpen && i < 100; i++) await new Promise((r) => setTimeout(r, 100));
      expect(services.circuit.isOpen).toBe(false);
      // Already there: the probe moved the analysts' thread along with the API's Database.
      expect(own.retarget(elsewhere)).toBe(false);
      expect((await own.run('RETURN 2 AS two', undefined, LIMITS)).rows).toEqual([{ two: 2 }]);
    } finally {
      services.circuit.dispose();
      await own.close();
      await apiDb.close();
    }
  }, 30_000);

  it('reports a crash of the thread, fails only its queries, frees their slots and starts a new thread', async () => {
    const own = openAnalystRunner(inject('neo4j'), parseEnv({})) as AnalystWorker;
    const errors = vi.spyOn(logger, 'error');
    try {
      expect((await own.run('RETURN 1 AS one', undefined, LIMITS)).rows).toEqual([{ one: 1 }]);
      const first = own.threadForTests!;
      const closing: Array<Promise<void>> = [];
      const slow = own.run(
        'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
        undefined,
        { ...LIMITS, timeoutMs: 20_000 },
        { onSessionClosing: (c) => closing.push(c) },
      );
      await new Promise((r) => setTimeout(r, 500));
      await first.terminate();
      await expect(slow).rejects.toThrow('The Query.cypher worker thread stopped (exit code 1)');
      await expect(Promise.all(closing)).resolves.toEqual([undefined]);
      expect(errors).toHaveBeenCalledWith(
        { exitCode: 1, queries: 1 },
        'The Query.cypher worker thread stopped; its queries failed and the next one starts a new thread',
      );
      expect((await own.run('RETURN 2 AS two', undefined, LIMITS)).rows).toEqual([{ two: 2 }]);
      expect(own.threadForTests).not.toBe(first);
    } finally {
      errors.mockRestore();
      await own.close();
    }
  }, 60_000);

  it('leaves no query in Neo4j shortly after QUERY_TIMEOUT when the query produces rows', async () => {
    for (const query of [
      'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS n',
      'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n',
    ]) {
      const requestId = `timeout-${Math.random().toString(36).slice(2)}`;
      const started = Date.now();
      await expect(
        worker.run(query, undefined, { ...LIMITS, timeoutMs: 1000 }, { requestId }),
      ).rejects.toThrow('The query ran longer than 1000 ms and was stopped.');
      const answeredMs = Date.now() - started;
      const deadline = Date.now() + 2_000;
      let left = await analystTransactions(requestId);
      while (left.length > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        left = await analystTransactions(requestId);
      }
      console.log(`${query}: QUERY_TIMEOUT after ${answeredMs} ms; left in Neo4j after that: ${left.length}`);
      expect(left).toEqual([]);
    }
  }, 60_000);

  it('terminates a query that still holds its session a second past its timeout, and only that one', async () => {
    const requestId = `leftover-${Math.random().toString(36).slice(2)}`;
    // Open transactions tagged like analysts' ones: this request's, and another request's.
    const open = async (id: string) => {
      const session = db.driver.session({ database: db.database });
      const tx = await session.beginTransaction({
        timeout: 60_000,
        metadata: { app: 'newsgraph', tag: 'Query.cypher', requestId: id },
      });
      await tx.run('RETURN 1');
      return { session, tx };
    };
    const mine = await open(requestId);
    const other = await open(`${requestId}-other`);
    try {
      const neverClosed = new Promise<void>(() => undefined);
      const started = Date.now();
      expect(await terminateLeftovers(db, [neverClosed], 100, requestId)).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      // Terminated (an idle transaction is listed so until its client next speaks), the other not.
      expect(await analystTransactions(requestId)).toEqual([
        { status: 'Terminated with reason: Status.Code[Neo.ClientError.Transaction.Terminated]' },
      ]);
      expect(await analystTransactions(`${requestId}-other`)).toEqual([{ status: 'Running' }]);
      await expect(mine.tx.run('RETURN 1')).rejects.toThrow(/terminated/i);
      await mine.tx.rollback().catch(() => undefined);
      expect(await analystTransactions(requestId)).toEqual([]);
      // A session that closes within the grace is left alone: nothing to terminate.
      expect(await terminateLeftovers(db, [Promise.resolve()], 100, `${requestId}-other`)).toBe(0);
    } finally {
      await mine.session.close().catch(() => undefined);
      await other.tx.rollback().catch(() => undefined);
      await other.session.close();
    }
  }, 30_000);
});
