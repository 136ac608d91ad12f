/**
 * Relation pages around a hub: an entity with 20,000 relations, asked for its accusations,
 * investigations, bans and denials in both directions (question b's level) in one request. The
 * answer comes, page by page as the API defines it, within the server's memory limit per
 * transaction (the test server's is the default, 300 MiB): a query that collected the hub's whole
 * neighbourhood per page exceeded it, and the request failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { testSettings } from '../support/appSettings.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';
import { postGraphQL } from './support/graphql.js';

const OTHERS = 2_000;
const RELATIONS = 20_000;
const TYPES = ['ACCUSES', 'INVESTIGATES', 'BANS', 'DENIES'];

let db: Database;
let app: App;
beforeAll(async () => {
  db = await openTestDatabase();
  await resetGraph(db);
  await db.write(
    `CREATE (:Entity:Organization {id: 'hub', name: 'Hub', kind: 'Organization', aliases: [], roles: []})
     WITH 1 AS one UNWIND range(0, toInteger($others) - 1) AS i
     CREATE (:Entity:Person {id: 'p-' + i, name: 'Person ' + i, kind: 'Person', aliases: [], roles: []})`,
    { others: OTHERS },
  );
  // Facts as the loader leaves them, with a quote of a typical length: the hub accuses every
  // fourth person; the others investigate, ban and deny the hub, by type i % 4.
  const props = `{
    id: 'f-' + right('0000' + toString(i), 5), summary: 'Fact ' + toString(i), modality: 'alleged',
    confidence: 0.5, sourceArticleIds: ['a-' + toString(i)], sourceStarts: [0], articleCount: 1,
    outletCount: 1, sourceQuotes: [reduce(q = '', n IN range(1, 12) | q + 'A quoted sentence. ')]
  }`;
  const params = { relations: RELATIONS, others: OTHERS, types: TYPES };
  await db.write(
    `UNWIND range(0, toInteger($relations) - 1, 4) AS i
     MATCH (hub:Entity {id: 'hub'}), (p:Entity {id: 'p-' + toString(i % toInteger($others))})
     CREATE (hub)-[:ACCUSES ${props}]->(p)`,
    params,
  );
  await db.write(
    `UNWIND [i IN range(0, toInteger($relations) - 1) WHERE i % 4 <> 0] AS i
     MATCH (hub:Entity {id: 'hub'}), (p:Entity {id: 'p-' + toString(i % toInteger($others))})
     CREATE (p)-[:$($types[i % 4]) ${props}]->(hub)`,
    params,
  );
  app = createApp(new Services({ db }), testSettings());
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

interface Page {
  totalCount: number;
  nodes: { id: string }[];
}

const FIELDS = [
  'accuses',
  'accusedBy',
  'investigates',
  'investigatedBy',
  'bans',
  'bannedBy',
  'denies',
  'deniedBy',
];

describe('relation pages around a hub', () => {
  it('answers all eight pages of a hub and of a neighbour in one request', async () => {
    const pages = FIELDS.map((f) => `${f}(first: 5) { totalCount nodes { id } }`).join(' ');
    const res = await postGraphQL(
      app,
      null,
      `{ hub: entity(id: "hub") { ${pages} } p: entity(id: "p-1") { ${pages} } }`,
    );
    const body = res.body as { data?: Record<string, Record<string, Page>>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const hub = body.data!.hub!;
    // The hub states every fourth fact (ACCUSES); the others are stated of it, by type i % 4.
    expect(hub.accuses).toEqual({
      totalCount: RELATIONS / 4,
      nodes: ['f-00000', 'f-00004', 'f-00008', 'f-00012', 'f-00016'].map((id) => ({ id })),
    });
    expect(hub.investigatedBy).toEqual({
      totalCount: RELATIONS / 4,
      nodes: ['f-00001', 'f-00005', 'f-00009', 'f-00013', 'f-00017'].map((id) => ({ id })),
    });
    expect(hub.accusedBy).toEqual({ totalCount: 0, nodes: [] });
    expect(hub.investigates).toEqual({ totalCount: 0, nodes: [] });
    expect(body.data!.p!.investigates!.nodes[0]).toEqual({ id: 'f-00001' });
  });
});
