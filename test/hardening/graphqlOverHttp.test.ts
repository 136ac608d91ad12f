/**
 * GraphQL-over-HTTP compliance: graphql-http's server audits run against the app (in-process,
 * with every hardening plugin on). Every MUST audit passes; SHOULD/MAY audits that do not are
 * printed, so a change in them shows up in the test log.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;
beforeAll(async () => {
  db = await openTestDatabase();
  app = createApp(new Services({ db }), testSettings());
});
afterAll(() => db.close());

const audits = serverAudits({
  url: 'http://test/graphql',
  fetchFn: (url: string, init?: RequestInit) => app.fetch(new Request(url, init)),
});

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.id, a.name, a] as const))(
    '%s %s',
    async (_id, _name, audit) => {
      const result = await audit.fn();
      expect(
        result.status === 'ok' ? 'ok' : `${result.status}: ${'reason' in result ? result.reason : ''}`,
      ).toBe('ok');
    },
  );

  it('lists the SHOULD and MAY audits that do not pass', async () => {
    const others = audits.filter((a) => !a.name.startsWith('MUST'));
    const failing: string[] = [];
    for (const audit of others) {
      const result = await audit.fn();
      if (result.status !== 'ok')
        failing.push(`${audit.id} ${audit.name}: ${'reason' in result ? result.reason : ''}`);
    }
    process.stdout.write(
      `graphql-http: ${others.length - failing.length}/${others.length} SHOULD/MAY audits pass\n`,
    );
    for (const f of failing) process.stdout.write(`  not passing: ${f}\n`);
    expect(others.length).toBeGreaterThan(0);
  });
});
