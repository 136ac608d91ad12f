/**
 * Errors are masked: an unexpected failure (a driver error quoting Cypher, a bug with a stack)
 * reaches the client as "Unexpected error." with only a code and the request id — no stack, file
 * path, Cypher or driver message — while the log gets the original under the same id. The id is
 * also the `x-request-id` response header; a plain id sent by a proxy is kept, others replaced.
 */
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { logger } from '../../src/log/logger.js';
import { Database, type Row } from '../../src/neo4j/Database.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { postGraphQL } from './graphqlClient.js';
import { testSettings } from '../support/appSettings.js';

const SECRET_CYPHER = 'MATCH (n:Secret) RETURN n.password';

/** A Database whose reads fail the way `failure` says (no server needed: nothing connects). */
class FailingDatabase extends Database {
  failure: () => Error = () => new Error('unset');
  override async read(): Promise<Row[]> {
    throw this.failure();
  }
}

const db = new FailingDatabase(inject('neo4j'));
const app = createApp(new Services({ db }), testSettings());
const logged: Array<{ bindings: Record<string, unknown>; obj: unknown; msg: unknown }> = [];

beforeAll(() => {
  // Every line maskErrors writes goes through a child logger bound to the request id.
  const child = logger.child.bind(logger);
  vi.spyOn(logger, 'child').mockImplementation(((bindings: Record<string, unknown>, options?: object) => {
    const c = child(bindings, options) as Logger;
    for (const level of ['error', 'warn'] as const) {
      const original = c[level].bind(c) as (obj: unknown, msg?: string) => void;
      (c as unknown as Record<string, unknown>)[level] = (obj: unknown, msg?: string) => {
        logged.push({ bindings, obj, msg });
        original(obj, msg);
      };
    }
    return c;
  }) as never);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db.close();
});

const ask = (headers: Record<string, string> = {}, on = app) =>
  postGraphQL(on.fetch, 'http://test/graphql', '{ entities(first: 1) { nodes { id } } }', {}, headers);

describe('unexpected errors are masked and logged under the request id', () => {
  it.each([
    [
      'a driver error quoting Cypher',
      () =>
        new Neo4jError(
          `Invalid input 'x': expected … "${SECRET_CYPHER}" (/work/main/cypher/queries/api/entitiesPage.cypher:3)`,
          'Neo.ClientError.Statement.SyntaxError',
          '42001',
          'syntax error',
        ),
    ],
    ['a bug', () => new TypeError(`Cannot read properties of undefined (reading 'id') ${SECRET_CYPHER}`)],
  ])('%s', async (_what, failure) => {
    db.failure = failure;
    logged.length = 0;
    const r = await ask();
    expect(r.status).toBeLessThan(500);
    const [error] = r.body.errors ?? [];
    expect(error?.message).toBe('Unexpected error.');
    const requestId = error?.extensions?.requestId as string;
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('x-request-id')).toBe(requestId);
    expect(r.text).not.toMatch(
      /Secret|password|MATCH|\/work\/|\.cypher|Neo4jError|Neo\.ClientError|TypeError|\n\s+at /,
    );

    const line = logged.find((l) => l.bindings.requestId === requestId);
    expect(line?.msg).toMatch(/unexpected error/);
    expect(String((line?.obj as { err: Error }).err.message)).toContain(SECRET_CYPHER);
  });

  it('maps an unreachable Neo4j to SERVICE_UNAVAILABLE (503), with the request id', async () => {
    db.failure = () =>
      new Neo4jError(
        'Failed to connect to server … ECONNREFUSED 127.0.0.1:7687',
        'ServiceUnavailable',
        '08000',
        'x',
      );
    const own = createApp(new Services({ db }), testSettings()); // its circuit opens: keep that away from the other tests
    for (const attempt of ['the failing request', 'then at once, with the circuit open']) {
      const r = await ask({}, own);
      expect(r.status, attempt).toBe(503);
      expect(r.body.errors?.[0]?.extensions, attempt).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        requestId: r.headers.get('x-request-id'),
      });
      expect(r.text).not.toMatch(/ECONNREFUSED|7687/);
    }
  });
});

describe('a query past its timeout (an overloaded database)', () => {
  it('answers QUERY_TIMEOUT (503) with the request id, and keeps serving', async () => {
    const own = createApp(new Services({ db }), testSettings());
    db.failure = () =>
      new Neo4jError(
        `The transaction has not completed within the timeout specified at its start by the client. ${SECRET_CYPHER}`,
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        '25N11',
        'x',
      );
    const r = await ask({}, own);
    expect(r.status).toBe(503);
    expect(r.body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TIMEOUT',
      requestId: r.headers.get('x-request-id'),
    });
    expect(r.text).not.toMatch(/Secret|MATCH|Neo\./);
    db.failure = () => new Error('boom');
    expect((await ask({}, own)).body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR'); // circuit still closed
  });
});

describe('request ids', () => {
  it('keeps a plain id a proxy sent, and replaces an odd one', async () => {
    db.failure = () => new Error('boom');
    const kept = await ask({ 'x-request-id': 'edge-7f3a.42' });
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a.42');
    expect(kept.body.errors?.[0]?.extensions?.requestId).toBe('edge-7f3a.42');
    for (const odd of ['has spaces', 'x'.repeat(200), '<script>', 'a\u00e9']) {
      const replaced = await ask({ 'x-request-id': odd });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('sets x-request-id on every response, GraphQL or not', async () => {
    for (const path of ['/health', '/ready', '/graphql?query=%7B__typename%7D', '/nowhere']) {
      const res = await app.fetch(`http://test${path}`);
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
