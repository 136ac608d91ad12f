/**
 * The naive loader the issue compares against: what a first implementation does — one write
 * transaction (one round trip) per fact, MERGE-ing both entities, the article, the MENTIONS edges
 * and the fact relationship (appending a source when the fact exists). Same graph, no batching.
 */
import type { Database } from '../../src/neo4j/Database.js';
import { RELATION_TYPE_NAMES, type RelationType } from '../../src/domain/relationTypes.js';
import { articleRow, entityRows, factRows } from '../../src/ingest/graphRows.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';

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
export async function naiveLoad(db: Database, articles: readonly ValidArticle[]): Promise<number> {
  let n = 0;
  for (const article of articles) {
    const byId = new Map(entityRows(article).map((e) => [e.id, e]));
    const a = articleRow(article);
    for (const { type, subject, object, quote, quoteStart, props, id } of factRows(article)) {
      const f = { id, ...props, sourceArticleIds: [a.id], sourceQuotes: [quote], sourceStarts: [quoteStart] };
      await db.write(STATEMENTS.get(type)!, { s: byId.get(subject), o: byId.get(object), a, f });
      n++;
    }
  }
  return n;
}
