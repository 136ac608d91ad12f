/**
 * The naive loader the issue compares against: what a first implementation does — one write
 * transaction (one round trip) per fact, MERGE-ing both entities, the article, the MENTIONS edges
 * and the fact relationship (appending a source when the fact exists). Same graph, no batching.
 */
import type { Database } from '../../src/neo4j/Database.js';
import { RELATION_TYPE_NAMES, type RelationType } from '../../src/ingest/relationTypes.js';
import type { SynFactFile } from '../corpus/factFile.js';
import { articleRow, entityRow, factRow } from './graphRecords.js';

const entityMerge = (v: string, p: string) =>
  `MERGE (${v}:Entity {id: ${p}.id}) ON CREATE SET ${v}.name = ${p}.name, ${v}.kind = ${p}.kind, ${v}.aliases = ${p}.aliases, ${v}.roles = ${p}.roles, ${v}.description = ${p}.description SET ${v}:$(${p}.kind)`;

/** One statement per relation type (the type is a literal from the closed list, never input). */
const STATEMENTS = new Map<RelationType, string>(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    [
      entityMerge('s', '$s'),
      entityMerge('o', '$o'),
      'MERGE (a:Article {id: $a.id}) ON CREATE SET a += $a, a.loadedAt = datetime()',
      'MERGE (a)-[:MENTIONS]->(s) MERGE (a)-[:MENTIONS]->(o)',
      `MERGE (s)-[r:${type} {id: $f.id}]->(o)`,
      'ON CREATE SET r += $f',
      'ON MATCH SET r.sourceArticleIds = r.sourceArticleIds + $f.sourceArticleIds, r.sourceQuotes = r.sourceQuotes + $f.sourceQuotes, r.sourceStarts = r.sourceStarts + $f.sourceStarts',
    ].join('\n'),
  ]),
);

/** Loads the facts one transaction each; returns the number of facts written. */
export async function naiveLoad(db: Database, files: SynFactFile[]): Promise<number> {
  let n = 0;
  for (const file of files) {
    const names = new Map(file.entities.map((e) => [e.id, e.name]));
    const byId = new Map(file.entities.map((e) => [e.id, entityRow(e, (id) => names.get(id) ?? id)]));
    const a = articleRow(file);
    for (let i = 0; i < file.facts.length; i++) {
      const { type, subject, object, ...f } = factRow(file, i);
      await db.write(STATEMENTS.get(type)!, { s: byId.get(subject), o: byId.get(object), a, f });
      n++;
    }
  }
  return n;
}
