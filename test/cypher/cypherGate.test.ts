/**
 * The read-only gate of `Query.cypher`: every write or unsafe statement is refused — also hidden
 * in comments, mixed case or subqueries — and the graph, its schema and its labels are unchanged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { fetchCapped } from '../../src/cypher/fetchCapped.js';
import { inReadTransaction } from '../../src/cypher/inReadTransaction.js';
import { Database } from '../../src/neo4j/Database.js';
import { createApp, type App } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase } from '../support/testDatabase.js';
import { cypherRequest, errorOf } from './cypherRequest.js';
import { testSettings } from '../support/appSettings.js';

let db: Database;
let app: App;
let csvServer: http.Server;
let csvHits = 0;
let csvUrl: string;

/** What a refused statement must leave exactly as it was. */
async function snapshot(): Promise<unknown> {
  const names = async (q: string) => (await db.read(q)).map((r) => r.name);
  return {
    counts: await graphCounts(db),
    indexes: await names('SHOW INDEXES YIELD name RETURN name ORDER BY name'),
    constraints: await names('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
    labels: await names('CALL db.labels() YIELD label RETURN label AS name ORDER BY name'),
    keys: await names('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS name ORDER BY name'),
    entities: await db.read('MATCH (e:Entity) RETURN properties(e) AS e ORDER BY e.id'),
    projections: await names('CALL gds.graph.list() YIELD graphName RETURN graphName AS name ORDER BY name'),
  };
}

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
  app = createApp(new Services({ db }), testSettings());
  // A URL LOAD CSV would fetch: it must never be asked for anything.
  csvServer = http.createServer((_req, res) => {
    csvHits++;
    res.end('id\nx\n');
  });
  await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
  csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/probe.csv`;
});
afterAll(async () => {
  await new Promise((resolve) => csvServer.close(resolve));
  await db.close();
});

const refused: Array<[string, string | (() => string), string]> = [
  ['CREATE', 'CREATE (n:Probe {x: 1})', 'WRITE'],
  ['MERGE', "MERGE (n:Probe {id: 'x'}) RETURN n", 'WRITE'],
  ['SET', "MATCH (e:Entity) SET e.name = 'hacked'", 'WRITE'],
  ['SET label', 'MATCH (e:Entity) SET e:Probe', 'WRITE'],
  ['DELETE', 'MATCH ()-[r]->() DELETE r', 'WRITE'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'WRITE'],
  ['REMOVE property', 'MATCH (e:Entity) REMOVE e.name', 'WRITE'],
  ['REMOVE label', 'MATCH (e:Entity) REMOVE e:Entity', 'WRITE'],
  ['FOREACH', 'FOREACH (x IN [1, 2] | CREATE (:Probe {x: x}))', 'WRITE'],
  ['LOAD CSV from a URL', () => `LOAD CSV WITH HEADERS FROM '${csvUrl}' AS row RETURN row`, 'LOAD_CSV'],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD_CSV'],
  [
    'LOAD CSV in a subquery',
    () => `MATCH (e:Entity) CALL (e) { LOAD CSV FROM '${csvUrl}' AS r RETURN r } RETURN r`,
    'LOAD_CSV',
  ],
  ['CALL { … } IN TRANSACTIONS', 'CALL () { CREATE (:Probe) } IN TRANSACTIONS', 'WRITE'],
  [
    'CALL (e) { SET } IN TRANSACTIONS',
    'MATCH (e:Entity) CALL (e) { SET e.x = 1 } IN TRANSACTIONS OF 1 ROW',
    'WRITE',
  ],
  ['write procedure', "CALL db.createLabel('Probe')", 'PROCEDURE_NOT_ALLOWED'],
  [
    'write procedure after an allowed one',
    "CALL db.index.fulltext.queryNodes('entity_names', 'DeepSeek') YIELD node CALL db.createProperty('probe') RETURN node",
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['procedure in a subquery', "CALL () { CALL db.createRelationshipType('PROBE') }", 'PROCEDURE_NOT_ALLOWED'],
  ['server configuration procedure', 'CALL dbms.listConfig()', 'PROCEDURE_NOT_ALLOWED'],
  ['cache procedure', 'CALL db.clearQueryCaches()', 'PROCEDURE_NOT_ALLOWED'],
  ['unknown procedure', "CALL nosuch.load.json('http://example.com')", 'NOT_PLANNABLE'],
  // APOC (on the test server): every write, file or URL access, Cypher from strings, periodic job.
  [
    'APOC load from a URL',
    () => `CALL apoc.load.json('${csvUrl}') YIELD value RETURN value`,
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC load a JSON array from a URL',
    () => `CALL apoc.load.jsonArray('${csvUrl}') YIELD value RETURN value`,
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC load XML from a URL',
    () => `CALL apoc.load.xml('${csvUrl}') YIELD value RETURN value`,
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC create node',
    "CALL apoc.create.node(['Probe'], {x: 1}) YIELD node RETURN node",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC set property',
    "MATCH (e:Entity) CALL apoc.create.setProperty(e, 'name', 'hacked') YIELD node RETURN node",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC merge node',
    "CALL apoc.merge.node(['Probe'], {id: 'x'}) YIELD node RETURN node",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC refactor',
    'MATCH (a:Entity), (b:Entity) WHERE a.id < b.id CALL apoc.refactor.mergeNodes([a, b]) YIELD node RETURN node',
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['APOC rename label', "CALL apoc.refactor.rename.label('Entity', 'Probe')", 'PROCEDURE_NOT_ALLOWED'],
  [
    'APOC periodic iterate',
    "CALL apoc.periodic.iterate('MATCH (e:Entity) RETURN e', 'SET e.x = 1', {}) YIELD batches RETURN batches",
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['APOC periodic submit', "CALL apoc.periodic.submit('probe', 'CREATE (:Probe)')", 'PROCEDURE_NOT_ALLOWED'],
  [
    'APOC cypher run',
    "CALL apoc.cypher.run('MATCH (n) RETURN n', {}) YIELD value RETURN value",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC cypher doIt',
    "CALL apoc.cypher.doIt('CREATE (:Probe)', {}) YIELD value RETURN value",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'APOC Cypher from a string in a function',
    "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN count(n)', {}) AS n",
    'FUNCTION_NOT_ALLOWED',
  ],
  [
    'APOC Cypher function hidden in a WHERE',
    "MATCH (e:Entity) WHERE apoc.cypher.runFirstColumnSingle('RETURN 1', {}) = 1 RETURN e.id AS id",
    'FUNCTION_NOT_ALLOWED',
  ],
  ['APOC import GraphML', "CALL apoc.import.graphml('probe.graphml', {})", 'PROCEDURE_NOT_ALLOWED'],
  ['APOC export to a file', "CALL apoc.export.csv.all('probe.csv', {})", 'PROCEDURE_NOT_ALLOWED'],
  [
    'APOC export streamed',
    'CALL apoc.export.json.all(null, {stream: true}) YIELD data RETURN data',
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['APOC log', "CALL apoc.log.stream('debug.log') YIELD line RETURN line", 'PROCEDURE_NOT_ALLOWED'],
  ['APOC sleep', 'CALL apoc.util.sleep(100000)', 'PROCEDURE_NOT_ALLOWED'],
  ['APOC trigger', "CALL apoc.trigger.add('probe', 'CREATE (:Probe)', {})", 'PROCEDURE_NOT_ALLOWED'],
  ['APOC schema assert', 'CALL apoc.schema.assert({}, {})', 'PROCEDURE_NOT_ALLOWED'],
  // GDS: mutate and write modes, projections from strings, projections left behind, exports.
  [
    'GDS write',
    "CALL gds.pageRank.write('probe', {writeProperty: 'rank'}) YIELD nodePropertiesWritten",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'GDS mutate',
    "CALL gds.louvain.mutate('probe', {mutateProperty: 'c'}) YIELD communityCount",
    'PROCEDURE_NOT_ALLOWED',
  ],
  [
    'GDS node property write',
    "CALL gds.graph.nodeProperties.write('probe', ['rank'])",
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['GDS export to a database', "CALL gds.graph.export('probe', {dbName: 'probe'})", 'PROCEDURE_NOT_ALLOWED'],
  [
    'GDS Cypher projection from strings',
    "CALL gds.graph.project.cypher('probe', 'MATCH (n) RETURN id(n) AS id', 'MATCH (a)-->(b) RETURN id(a) AS source, id(b) AS target')",
    'PROCEDURE_NOT_ALLOWED',
  ],
  ['GDS projection not dropped', "CALL gds.graph.project('probe', 'Entity', '*')", 'PROJECTION_NOT_DROPPED'],
  [
    'GDS aggregation projection not dropped',
    "MATCH (a:Entity)-[:ACCUSES]->(b:Entity) RETURN gds.graph.project('probe', a, b) AS g",
    'PROJECTION_NOT_DROPPED',
  ],
  ['CREATE INDEX', 'CREATE INDEX probe_index FOR (n:Probe) ON (n.x)', 'WRITE'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT probe_unique FOR (n:Probe) REQUIRE n.x IS UNIQUE', 'WRITE'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id', 'WRITE'],
  ['DROP INDEX', 'DROP INDEX entity_names', 'WRITE'],
  ['CREATE DATABASE', 'CREATE DATABASE probe', 'NOT_PLANNABLE'],
  ['STOP DATABASE', 'STOP DATABASE neo4j', 'NOT_PLANNABLE'],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'probe-password-1234'", 'ADMIN_COMMAND'],
  ['CREATE USER', "CREATE USER probe SET PASSWORD 'probe-password-1234'", 'ADMIN_COMMAND'],
  ['SHOW USERS', 'SHOW USERS', 'ADMIN_COMMAND'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', 'ADMIN_COMMAND'],
  ['SHOW TRANSACTIONS YIELD *', 'SHOW TRANSACTIONS YIELD * RETURN currentQuery', 'ADMIN_COMMAND'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'ADMIN_COMMAND'],
  ['SHOW SETTINGS', 'SHOW SETTINGS', 'ADMIN_COMMAND'],
  // Hidden: comments, case, subqueries, prefixes.
  ['after a block comment', '/* just reading */ cReAtE (n:Probe)', 'WRITE'],
  ['after a line comment', '// MATCH (n) RETURN n\nMaTcH (e:Entity) sEt e.x = 1', 'WRITE'],
  ['in a CALL subquery', 'CALL { CREATE (n:Probe) }', 'WRITE'],
  ['in a correlated subquery', 'MATCH (n) WITH n CALL (n) { SET n.x = 1 }', 'WRITE'],
  [
    'in a nested subquery',
    'MATCH (e:Entity) CALL (e) { CALL (e) { DETACH DELETE e } } RETURN count(*) AS c',
    'WRITE',
  ],
  [
    'behind UNION',
    'MATCH (e:Entity) RETURN e.id AS id UNION MATCH (e:Entity) SET e.x = 1 RETURN e.id AS id',
    'WRITE',
  ],
  ['behind a CYPHER prefix', 'CYPHER runtime=slotted CREATE (:Probe)', 'WRITE'],
  ['behind EXPLAIN', 'EXPLAIN CREATE (:Probe)', 'WRITE'],
];

describe('Query.cypher refuses every write and unsafe statement, and nothing changes', () => {
  it.each(refused)('%s', async (_label, statement, reason) => {
    const before = await snapshot();
    const text = typeof statement === 'function' ? statement() : statement;
    const sent: string[] = [];
    const stop = db.onQuery((query) => sent.push(query));
    const answer = await cypherRequest(app, text).finally(stop);
    expect(answer.data ?? null).toBeNull();
    expect(errorOf(answer)).toMatchObject({ code: 'FORBIDDEN', reason });
    expect(errorOf(answer).message).toMatch(/^Refused: .*read-only queries only\.$/);
    // Only the plan was asked for (EXPLAIN executes nothing); the statement itself never ran.
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^EXPLAIN\s/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses several statements in one request (Neo4j: one statement per query)', async () => {
    const before = await snapshot();
    const answer = await cypherRequest(app, 'MATCH (n) RETURN count(n) AS n; CREATE (:Probe)');
    expect(errorOf(answer)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(answer).message).toMatch(/exactly one statement/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses PROFILE, which would run the statement', async () => {
    const before = await snapshot();
    expect(errorOf(await cypherRequest(app, 'PROFILE CREATE (:Probe)')).code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('never fetched the LOAD CSV URL, and the password is still the one the tests use', async () => {
    expect(csvHits).toBe(0);
    const fresh = new Database(inject('neo4j'));
    try {
      await fresh.ping();
      expect(await graphCounts(fresh)).toEqual(await graphCounts(db));
    } finally {
      await fresh.close();
    }
  });
});

describe('what the gate lets through', () => {
  // GDS loads its classes on first use, on a busy machine past Query.cypher's 5 s timeout.
  beforeAll(async () => {
    await db.read(
      `CALL gds.graph.project('gate-warm-up', 'Entity', 'ACCUSES') YIELD graphName
       CALL gds.degree.stream(graphName) YIELD score
       WITH graphName, max(score) AS top
       CALL gds.graph.drop(graphName) YIELD graphName AS dropped
       RETURN top`,
      {},
      { timeoutMs: 60_000 },
    );
  });

  it.each([
    [
      'a read with a comment naming CREATE',
      '// CREATE (n)\nMATCH (e:Entity {id: "openai"}) RETURN e.name AS name /* SET */;',
    ],
    [
      'full-text search',
      "CALL db.index.fulltext.queryNodes('entity_names', 'OpenAI') YIELD node RETURN node.name AS name LIMIT 1",
    ],
    ['schema introspection', 'CALL db.labels() YIELD label WHERE label = "Entity" RETURN label AS name'],
    ['SHOW INDEXES', "SHOW INDEXES YIELD name WHERE name = 'entity_names' RETURN name"],
    ['a read subquery', 'CALL () { MATCH (e:Entity {id: "openai"}) RETURN e } RETURN e.name AS name'],
    ['an APOC function', "RETURN apoc.text.join(['a', 'b'], '-') AS joined"],
    [
      'APOC path expansion',
      "MATCH (e:Entity {id: 'openai'}) CALL apoc.path.subgraphNodes(e, {maxLevel: 1}) YIELD node RETURN count(node) AS n",
    ],
    [
      'a GDS projection streamed and dropped in one statement',
      `CALL gds.graph.project('gate-probe', 'Entity', 'ACCUSES') YIELD graphName
       CALL gds.degree.stream(graphName) YIELD nodeId, score
       WITH graphName, max(score) AS top
       CALL gds.graph.drop(graphName) YIELD graphName AS dropped
       RETURN top`,
    ],
  ])('%s', async (_label, statement) => {
    const answer = await cypherRequest(app, statement);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.cypher.rows).toHaveLength(1);
  });
});

describe('behind the gate', () => {
  it('runs statements in a READ transaction, so a write that got past the gate would still fail', async () => {
    const before = await snapshot();
    const attempt = inReadTransaction(db, { timeoutMs: 5_000 }, (tx) =>
      fetchCapped(tx, 'CREATE (n:Probe) RETURN n', {}, { maxRows: 10, maxBytes: 1_000_000 }),
    );
    await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/AccessMode|Forbidden/) });
    expect(await snapshot()).toEqual(before);
  });
});
