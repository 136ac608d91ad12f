/**
 * The relation types added for any news story load like today's: a fact of every new type passes
 * the fact format, is written with its per-type fact-id constraint and comes back through GraphQL
 * `relations(type: …)`; the full-text index `fact_text` covers it — an index over an older, shorter
 * list of types is rebuilt when the schema is applied at start; and the API's lookup by fact id
 * still seeks each type's index.
 *
 * The fact file is MADE UP for this test: no real article, outlet or entity.
 */
import type { Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../../src/domain/relationTypes.js';
import { loadPath } from '../../src/ingest/loadPath.js';
import { applySchema, dropStaleFactText, FACT_TIME_INDEXES } from '../../src/neo4j/applySchema.js';
import { Database } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { createApp } from '../../src/server/createApp.js';
import { Services } from '../../src/server/Services.js';
import { postGraphQL } from '../graphql/support/graphql.js';
import { resetGraph } from '../support/testDatabase.js';
import { tempDir, writeFactFile } from './factFixtures.js';
import { testSettings } from '../support/appSettings.js';

/** The 14 types the seed was made with; the rest came with the vocabulary for any news story. */
const OLD_TYPES = RELATION_TYPE_NAMES.slice(0, 14);
const NEW_TYPES = RELATION_TYPE_NAMES.slice(14);

const factId = (type: RelationType) => `made-up-${type.toLowerCase().replace(/_/g, '-')}`;
const sentence = (type: RelationType, i: number) =>
  `Fall ${i + 1}: Das Amt Nordmark und die Beispielwerke stehen im Verhältnis ${type}.`;

/** A made-up article: one fact of every new type between two made-up entities. */
function madeUpFactFile() {
  return {
    format: 'newsgraph/facts@1',
    article: {
      id: 'made-up-vocabulary-article',
      title: 'Erfundener Artikel für den Test der Relationstypen',
      language: 'de',
      text: NEW_TYPES.map(sentence).join(' '),
    },
    entities: [
      {
        id: 'made-up-authority',
        name: 'Nordmark Authority',
        kind: 'GovernmentBody',
        aliases: ['Amt Nordmark'],
      },
      { id: 'made-up-company', name: 'Example Works', kind: 'Organization', aliases: ['Beispielwerke'] },
    ],
    facts: NEW_TYPES.map((type, i) => ({
      id: factId(type),
      subject: 'made-up-authority',
      type,
      object: 'made-up-company',
      summary: `Made-up vocabulary fact ${i + 1} of type ${type}.`,
      quote: sentence(type, i),
      modality: 'reported',
      confidence: 0.5,
    })),
  };
}

let db: Database;

beforeAll(async () => {
  // A long timeout: the first (cold) queries on a busy machine can take seconds.
  db = new Database(inject('neo4j'), { defaultTimeoutMs: 60_000 });
  await applySchema(db);
  await resetGraph(db);
});
afterAll(() => db?.close());

async function factTextIndex() {
  const [row] = await db.read(
    "SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'fact_text' RETURN labelsOrTypes, properties",
  );
  return { types: [...(row?.labelsOrTypes as string[])].sort(), properties: row?.properties };
}

describe('the full-text index over facts', () => {
  it('is rebuilt over every type when an older one covers fewer types', async () => {
    await db.schema('DROP INDEX fact_text IF EXISTS');
    await db.schema(
      `CREATE FULLTEXT INDEX fact_text FOR ()-[r:${OLD_TYPES.join('|')}]-() ` +
        "ON EACH [r.summary, r.about, r.reason, r.sourceQuotes] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
    );
    expect((await factTextIndex()).types).toEqual([...OLD_TYPES].sort());

    await applySchema(db);

    expect(await factTextIndex()).toEqual({
      types: [...RELATION_TYPE_NAMES].sort(),
      properties: ['summary', 'about', 'reason', 'sourceQuotes'],
    });
    // Current: applying the schema again leaves it alone.
    expect(await dropStaleFactText(db)).toBe(false);
  });
});

describe('a fact of every new relation type', () => {
  beforeAll(async () => {
    const file = await writeFactFile(await tempDir(), 'made-up.facts.json', madeUpFactFile());
    await loadPath(db, [file]);
  });

  it('comes back through GraphQL relations(type: …), with its type and CAMEO code', async () => {
    const app = createApp(new Services({ db }), testSettings());
    const res = await postGraphQL(
      app,
      db,
      `query ($types: [RelationType!]) {
        relations(type: $types, first: 100) { nodes { id type cameo subject { id } object { id } } }
      }`,
      { types: NEW_TYPES },
    );
    expect(res.body).toEqual({
      data: {
        relations: {
          nodes: NEW_TYPES.map((type) => ({
            id: factId(type),
            type,
            cameo: RELATION_TYPES[type].cameo,
            subject: { id: 'made-up-authority' },
            object: { id: 'made-up-company' },
          })).sort((a, b) => (a.id < b.id ? -1 : 1)),
        },
      },
    });
  });

  it('is held unique by its own fact-id constraint', async () => {
    const rows = await db.read(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name STARTS WITH 'fact_id_' RETURN name, type, labelsOrTypes, properties ORDER BY name",
    );
    expect(rows).toEqual(
      [...RELATION_TYPE_NAMES]
        .sort()
        .map((t) => ({
          name: `fact_id_${t.toLowerCase()}`,
          type: 'RELATIONSHIP_UNIQUENESS',
          labelsOrTypes: [t],
          properties: ['id'],
        }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
  });

  it('has range indexes on its time, which a window over one type seeks', async () => {
    const rows = await db.read(
      "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties WHERE name STARTS WITH 'fact_first_reported_' OR name STARTS WITH 'fact_event_from_' RETURN name, type, entityType, labelsOrTypes, properties ORDER BY name",
    );
    expect(rows).toEqual(
      RELATION_TYPE_NAMES.flatMap((t) =>
        Object.entries(FACT_TIME_INDEXES).map(([property, name]) => ({
          name: `fact_${name}_${t.toLowerCase()}`,
          type: 'RANGE',
          entityType: 'RELATIONSHIP',
          labelsOrTypes: [t],
          properties: [property],
        })),
      ).sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    const plan = await db.rolledBackRead({}, async (tx) => {
      const r = await tx.run(
        `EXPLAIN MATCH ()-[r:${NEW_TYPES[0]}]->() WHERE r.firstReported >= datetime('2025-02-01') RETURN r.id ORDER BY r.firstReported`,
      );
      return operators(r.summary.plan as Plan);
    });
    expect(plan.some((o) => o.startsWith('DirectedRelationshipIndexSeekByRange'))).toBe(true);
  });

  it('is found by full-text search', async () => {
    const rows = await db.read(
      "CALL db.index.fulltext.queryRelationships('fact_text', 'vocabulary') YIELD relationship RETURN relationship.id AS id ORDER BY id",
    );
    expect(rows.map((r) => r.id)).toEqual(NEW_TYPES.map(factId).sort());
  });
});

/** The operators of a plan, depth first, with the relationship type each index seek uses. */
function operators(plan: Plan): string[] {
  const own = `${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments['Details'] ?? '')}`;
  return [own, ...plan.children.flatMap(operators)];
}

describe('the lookup of facts by id', () => {
  async function explain(text: string): Promise<string[]> {
    return db.rolledBackRead({}, async (tx) => {
      const result = await tx.run(`EXPLAIN ${text}`, { ids: ['x'] });
      return operators(result.summary.plan as Plan);
    });
  }

  /** How the plan reaches the data: its seek, scan and expand operators. */
  const access = (ops: string[]) =>
    [...new Set(ops.map((o) => o.split(' ')[0]!).filter((o) => /Seek|Scan|Expand/.test(o)))].sort();

  it.each(['relationsById', 'ingestFactsById'])(
    '%s seeks each type’s fact-id index, as it did with the list spelt out',
    async (name) => {
      const now = await explain(query(name));
      const seeks = now.filter((o) => o.startsWith('DirectedRelationshipUniqueIndexSeek'));
      expect(seeks).toHaveLength(RELATION_TYPE_NAMES.length);
      for (const t of RELATION_TYPE_NAMES) expect(seeks.some((o) => o.includes(`:${t}(`))).toBe(true);
      // The same access path as the file with today's 14 types spelt out: unique-index seeks only.
      const before = await explain(query(name).replace(RELATION_TYPE_NAMES.join('|'), OLD_TYPES.join('|')));
      expect(access(now)).toEqual(['DirectedRelationshipUniqueIndexSeek']);
      expect(access(now)).toEqual(access(before));
    },
  );
});
