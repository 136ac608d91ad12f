/**
 * The seed article, loaded by the real loader, answers the article's questions in plain Cypher
 * against the model of cypher/README.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
});
afterAll(() => db?.close());

const ids = async (q: string, params = {}) => (await db.read(q, params)).map((r) => r.id);

describe('the seed graph', () => {
  it('holds the article, its 21 entities and 32 facts, each fact with one source', async () => {
    const [row] = await db.read(`
      MATCH (a:Article {id: 'efa1921cf80bbea2'})
      CALL (a) { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN count(e) AS mentioned }
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts, collect(size(r.sourceArticleIds)) AS sources }
      RETURN a.language AS language, a.factCount AS factCount, a.outlet AS outlet, mentioned, facts, sources`);
    expect(row).toMatchObject({ language: 'de', factCount: 32, outlet: null, mentioned: 21, facts: 32 });
    expect(new Set(row?.sources as number[])).toEqual(new Set([1]));
  });

  it('answers who accuses DeepSeek', async () => {
    expect(
      await ids(`MATCH (a:Entity)-[:ACCUSES]->(:Entity {id: 'deepseek'}) RETURN a.id AS id ORDER BY id`),
    ).toEqual(['david-sacks', 'openai']);
  });

  it('answers who investigates, and what', async () => {
    const rows = await db.read(`
      MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity) RETURN a.id AS who, b.id AS whom, r.about AS about ORDER BY who`);
    expect(rows.map((r) => [r.who, r.whom])).toEqual([
      ['microsoft', 'deepseek'],
      ['national-security-council', 'deepseek'],
      ['white-house', 'deepseek'],
    ]);
    expect(rows[0]?.about).toBe('whether OpenAI data was used without permission');
  });

  it('answers what the US Navy bans and why, with the German source quote at its offset', async () => {
    const [ban] = await db.read(`
      MATCH (:Entity {id: 'us-navy'})-[r:BANS]->(x:Entity)
      MATCH (a:Article {id: r.sourceArticleIds[0]})
      RETURN x.id AS banned, x.kind AS kind, r.reason AS reason, r.scope AS scope, r.cameo AS cameo,
             r.sourceQuotes[0] AS quote, substring(a.text, r.sourceStarts[0], size(r.sourceQuotes[0])) AS atOffset`);
    expect(ban).toMatchObject({
      banned: 'deepseek-app',
      kind: 'Product',
      reason: 'possible security and ethics problems',
      scope: 'its personnel',
      cameo: '172',
    });
    expect(ban?.quote).toContain('Die US-Navy hat die Nutzung der DeepSeek-App');
    expect(ban?.atOffset).toBe(ban?.quote);
  });

  it('stores offsets and counts as integers, confidence as a float', async () => {
    const [types] = await db.read(`
      MATCH (a:Article)-[:MENTIONS]->(:Entity)-[r:BANS]->()
      RETURN valueType(r.sourceStarts) AS starts, valueType(a.factCount) AS factCount,
             valueType(r.confidence) AS confidence, valueType(a.loadedAt) AS loadedAt`);
    expect(types).toEqual({
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
      factCount: 'INTEGER NOT NULL',
      confidence: 'FLOAT NOT NULL',
      loadedAt: 'ZONED DATETIME NOT NULL',
    });
  });

  it('answers who denies what, and which accusations the denial answers', async () => {
    const rows = await db.read(`
      MATCH (d:Entity)-[den:DENIES]->(target:Entity)
      MATCH (a:Entity)-[acc:ACCUSES]->(b:Entity) WHERE acc.id IN den.denies
      RETURN d.id AS denier, target.id AS target, den.cameo AS cameo, a.id AS accuser, b.id AS accused, acc.id AS accusation
      ORDER BY accusation`);
    expect(new Set(rows.map((r) => [r.denier, r.target, r.cameo].join(' ')))).toEqual(
      new Set(['chinese-government united-states 016']),
    );
    expect(rows.map((r) => r.accusation)).toEqual([
      'david-sacks-accuses-deepseek-distillation',
      'openai-accuses-chinese-ai-companies',
      'openai-accuses-chinese-companies-knowledge-distillation',
      'openai-accuses-deepseek-distillation',
    ]);
    expect(rows.filter((r) => r.accused === 'deepseek').map((r) => r.accuser)).toEqual([
      'david-sacks',
      'openai',
    ]);
  });

  it("finds Microsoft's shortest path to DeepSeek, and the path through OpenAI", async () => {
    const [direct] = await db.read(`
      MATCH p = shortestPath((:Entity {id: 'microsoft'})-[*..6]-(:Entity {id: 'deepseek'}))
      WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
      RETURN [r IN relationships(p) | type(r)] AS types`);
    expect(direct?.types).toEqual(['INVESTIGATES']);
    const viaOpenAi = await db.read(`
      MATCH p = (:Entity {id: 'microsoft'})-[:INVESTS_IN]->(:Entity {id: 'openai'})-[:ACCUSES]->(:Entity {id: 'deepseek'})
      RETURN count(p) AS paths`);
    expect(viaOpenAi[0]?.paths).toBe(1);
  });

  it.each([
    ['Weißes Haus', 'white-house'],
    ['weisses haus', 'white-house'],
    ['White House', 'white-house'],
    ['Peking', 'chinese-government'],
    ['US-Navy', 'us-navy'],
    ['Nationaler Sicherheitsrat', 'national-security-council'],
    ['Nationale Sicherheitsrat', 'national-security-council'],
  ])('finds "%s" by full-text search over names and aliases → %s', async (text, id) => {
    const [best] = await db.read(
      `CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
       RETURN node.id AS id ORDER BY score DESC LIMIT 1`,
      { text },
    );
    expect(best?.id).toBe(id);
  });

  it('labels entities by kind and records roles', async () => {
    const [leavitt] = await db.read(
      `MATCH (e:Entity:Person {id: 'karoline-leavitt'}) RETURN e.roles AS roles, labels(e) AS labels`,
    );
    expect(leavitt?.roles).toEqual(['spokesperson of White House']);
    expect(await ids(`MATCH (e:GovernmentBody {id: 'chinese-government'}) RETURN e.id AS id`)).toEqual([
      'chinese-government',
    ]);
  });

  it('records who states reported speech', async () => {
    const [row] = await db.read(
      `MATCH ()-[r:INVESTIGATES {id: 'national-security-council-investigates-deepseek-risks'}]->()
       RETURN r.statedBy AS statedBy, r.modality AS modality`,
    );
    expect(row).toEqual({ statedBy: 'karoline-leavitt', modality: 'confirmed' });
  });
});
