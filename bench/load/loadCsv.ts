/**
 * The server's own bulk path: the same data as CSV files in the server's import folder, read
 * with `LOAD CSV … CALL { … } IN TRANSACTIONS`. Writing the CSVs is preparation and not timed;
 * the statements are. CREATE (not MERGE) on an empty graph — the fastest Cypher can do, which is
 * what a bulk path is for. One relationship file per relation type, since Cypher cannot take a
 * relationship type from a parameter in a way the planner can index.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../src/neo4j/Database.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import type { GraphRecords } from '../../src/ingest/bulk/graphRecords.js';
import {
  ARTICLE_PROPERTIES,
  CLAIM_PROPERTIES,
  MENTION_PROPERTIES,
} from '../../src/ingest/bulk/writeImportFiles.js';
import { deriveAll } from '../../src/ingest/deriveAll.js';

/** Separator of list values inside one CSV field. */
const SEP = '\u001f';
const BATCH = 10_000;

function csv(header: string[], rows: Iterable<unknown[]>): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = Array.isArray(v) ? v.join(SEP) : String(v);
    return `"${s.replace(/"/g, '""')}"`;
  };
  const lines = [header.join(',')];
  for (const r of rows) lines.push(r.map(cell).join(','));
  return lines.join('\n') + '\n';
}

/** Writes the CSVs into `<importDir>/<sub>/`; returns the file:/// URL prefix LOAD CSV uses. */
export async function writeCsvs(g: GraphRecords, importDir: string, sub = 'bench'): Promise<string> {
  const dir = path.join(importDir, sub);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'entities.csv'),
    csv(
      ['id'],
      g.entityIds.map((id) => [id]),
    ),
  );
  await writeFile(
    path.join(dir, 'articles.csv'),
    csv(
      ['id', ...ARTICLE_PROPERTIES],
      g.articles.map((a) => [a.id, ...ARTICLE_PROPERTIES.map((p) => a[p])]),
    ),
  );
  await writeFile(
    path.join(dir, 'mentions.csv'),
    csv(
      ['article', 'entity', ...MENTION_PROPERTIES],
      g.mentions.map((m) => [m.articleId, m.entityId, ...MENTION_PROPERTIES.map((p) => m[p])]),
    ),
  );
  for (const type of RELATION_TYPE_NAMES) {
    const rows = g.facts.filter((f) => f.type === type).map((f) => [f.id, f.subject, f.object, f.articleIds]);
    await writeFile(
      path.join(dir, `facts_${type}.csv`),
      csv(['id', 'subject', 'object', 'articleIds'], rows),
    );
  }
  await writeFile(
    path.join(dir, 'claims.csv'),
    csv(
      ['id', ...CLAIM_PROPERTIES],
      g.claims.map((c) => [c.id, ...CLAIM_PROPERTIES.map((p) => c[p])]),
    ),
  );
  return `file:///${sub}`;
}

const nonEmptyList = (field: string) => `CASE WHEN ${field} IS NULL THEN null ELSE split(${field}, $sep) END`;

export function loadCsvStatements(url: string): string[] {
  const batched = (file: string, body: string) =>
    `LOAD CSV WITH HEADERS FROM '${url}/${file}' AS row CALL (row) { ${body} } IN TRANSACTIONS OF ${BATCH} ROWS`;
  return [
    batched('entities.csv', `CREATE (:Entity {id: row.id})`),
    batched(
      'articles.csv',
      `CREATE (:Article {id: row.id, title: row.title, language: row.language, outlet: row.outlet, author: row.author, publishedAt: row.publishedAt, publishedDate: datetime(row.publishedDate), publishedPrecision: row.publishedPrecision, url: row.url, text: row.text, textSha256: row.textSha256, factCount: toInteger(row.factCount), loadedAt: datetime()})`,
    ),
    batched(
      'mentions.csv',
      `MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity}) ` +
        `CREATE (a)-[:MENTIONS {name: row.name, kind: row.kind, description: row.description, wikidataId: row.wikidataId, ` +
        `aliases: ${nonEmptyList('row.aliases')}, roles: ${nonEmptyList('row.roles')}}]->(e)`,
    ),
    ...RELATION_TYPE_NAMES.map((type) =>
      batched(
        `facts_${type}.csv`,
        `MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object}) CREATE (s)-[:${type} {id: row.id, sourceArticleIds: split(row.articleIds, $sep)}]->(o)`,
      ),
    ),
    batched(
      'claims.csv',
      `MATCH (a:Article {id: row.articleId}) CREATE (a)-[:STATES]->(:Claim {id: row.id, factId: row.factId, articleId: row.articleId, ` +
        `quote: row.quote, start: toInteger(row.start), summary: row.summary, about: row.about, reason: row.reason, \`when\`: row.when, ` +
        `role: row.role, scope: row.scope, modality: row.modality, confidence: toFloat(row.confidence), statedBy: row.statedBy, ` +
        `cameo: row.cameo, denies: split(row.denies, $sep), eventText: row.eventText, eventFrom: datetime(row.eventFrom), ` +
        `eventTo: datetime(row.eventTo), eventPrecision: row.eventPrecision, deprecatedOn: datetime(row.deprecatedOn), ` +
        `deprecationReason: row.deprecationReason, publishedDate: datetime(row.publishedDate)})`,
    ),
  ];
}

/**
 * Runs the LOAD CSV statements (auto-commit, as CALL … IN TRANSACTIONS requires), then derives
 * the facts' and entities' values from the claims and mentions as every load does; returns ms.
 */
export async function loadCsv(db: Database, url: string): Promise<number> {
  const started = performance.now();
  for (const statement of loadCsvStatements(url)) {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(statement, { sep: SEP });
    } finally {
      await session.close();
    }
  }
  await deriveAll(db);
  return performance.now() - started;
}
