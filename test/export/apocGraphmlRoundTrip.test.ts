/**
 * GraphML for real into Neo4j: the seed graph exported by our writer (src/export/writeGraphml.ts),
 * imported with APOC's `apoc.import.graphml` into an emptied database, and compared with the
 * graph it came from — nodes, labels, relationship types and every property. What differs is
 * what the export is designed to leave out or add, each listed here exactly (and in
 * cypher/README.md, "Graph algorithms and APOC"), so any other change is a failure.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import type { Database, Row } from '../../src/neo4j/Database.js';
import { readExportGraph } from '../../src/export/readExportGraph.js';
import { writeGraphml } from '../../src/export/writeGraphml.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase, resetGraph } from '../support/testDatabase.js';

const local = inject('neo4j').localHome;
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

interface Snapshot {
  /** Per entity id: its labels and properties. */
  nodes: Map<string, { labels: string[]; properties: Record<string, unknown> }>;
  /** Per fact id: subject, type, object and properties. */
  relationships: Map<string, { from: string; type: string; to: string; properties: Record<string, unknown> }>;
  otherNodes: Row[];
}

async function snapshot(): Promise<Snapshot> {
  const nodes = await db.read(
    'MATCH (e:Entity) RETURN e.id AS id, apoc.coll.sort(labels(e)) AS labels, properties(e) AS properties',
  );
  const rels = await db.read(
    'MATCH (s:Entity)-[r]->(o:Entity) RETURN r.id AS id, s.id AS from, type(r) AS type, o.id AS to, properties(r) AS properties',
  );
  const otherNodes = await db.read(
    'MATCH (n) WHERE NOT n:Entity RETURN apoc.coll.sort(labels(n)) AS labels, count(*) AS count ORDER BY labels',
  );
  return {
    nodes: new Map(nodes.map((n) => [String(n.id), n as never])),
    relationships: new Map(rels.map((r) => [String(r.id), r as never])),
    otherNodes,
  };
}

/** For each property name: on how many items it is only before, only after, or different. */
function propertyDifferences(
  before: Map<string, { properties: Record<string, unknown> }>,
  after: Map<string, { properties: Record<string, unknown> }>,
): Record<string, { onlyBefore: number; onlyAfter: number; different: number }> {
  const out: Record<string, { onlyBefore: number; onlyAfter: number; different: number }> = {};
  const bump = (key: string, what: 'onlyBefore' | 'onlyAfter' | 'different') => {
    out[key] ??= { onlyBefore: 0, onlyAfter: 0, different: 0 };
    out[key][what]++;
  };
  for (const [id, b] of before) {
    const a = after.get(id)?.properties ?? {};
    for (const key of new Set([...Object.keys(b.properties), ...Object.keys(a)])) {
      if (!(key in a)) bump(key, 'onlyBefore');
      else if (!(key in b.properties)) bump(key, 'onlyAfter');
      else if (JSON.stringify(a[key]) !== JSON.stringify(b.properties[key])) bump(key, 'different');
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => x.localeCompare(y)));
}

describe.runIf(local !== null)('our GraphML, imported by apoc.import.graphml', () => {
  it('gives back the entities, their labels, the facts and their types; every other difference is listed', async () => {
    await loadSeedGraph(db);
    const before = await snapshot();
    const graph = await readExportGraph(db, {
      format: 'graphml',
      scope: { kind: 'whole' },
      types: [...RELATION_TYPE_NAMES],
    });
    await writeFile(path.join(local!, 'import', 'roundtrip.graphml'), writeGraphml(graph));

    await resetGraph(db);
    const [imported] = await db.write(
      "CALL apoc.import.graphml('roundtrip.graphml', {readLabels: true}) YIELD nodes, relationships RETURN nodes, relationships",
    );
    expect(imported).toEqual({ nodes: before.nodes.size, relationships: before.relationships.size });
    const after = await snapshot();

    // Nodes, labels, relationships and their endpoints and types: the same.
    expect([...after.nodes.keys()].sort()).toEqual([...before.nodes.keys()].sort());
    for (const [id, b] of before.nodes) expect(after.nodes.get(id)?.labels, id).toEqual(b.labels);
    for (const [id, b] of before.relationships) {
      const a = after.relationships.get(id);
      expect({ from: a?.from, type: a?.type, to: a?.to }, id).toEqual({
        from: b.from,
        type: b.type,
        to: b.to,
      });
    }
    // Every property comes back, with these exceptions by design (cypher/README.md):
    expect(propertyDifferences(before.nodes, after.nodes)).toEqual({
      // the name again, under the key Gephi, Cytoscape and yEd show;
      label: { onlyBefore: 0, onlyAfter: before.nodes.size, different: 0 },
    });
    expect(propertyDifferences(before.relationships, after.relationships)).toEqual({
      // how many articles and outlets state the fact: the claims' business, not exported;
      articleCount: { onlyBefore: 32, onlyAfter: 0, different: 0 },
      outletCount: { onlyBefore: 32, onlyAfter: 0, different: 0 },
      // the source articles' titles, for readers without the articles.
      sourceArticleTitles: { onlyBefore: 0, onlyAfter: 32, different: 0 },
    });
    // The export is the network of entities: articles and their claims stay behind.
    expect(before.otherNodes).toEqual([
      { labels: ['Article'], count: 1 },
      { labels: ['Claim'], count: 32 },
    ]);
    expect(after.otherNodes).toEqual([]);
    await loadSeedGraph(db);
  });
});
