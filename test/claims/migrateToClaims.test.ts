/**
 * A graph written before claims existed is migrated at start: each fact source becomes a claim,
 * each mention a definition, and the values are derived by the loader's rule — leaving exactly
 * the graph the current loader writes for the same article. A current graph is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveAll } from '../../src/ingest/deriveAll.js';
import { migrateToClaims } from '../../src/ingest/migrateToClaims.js';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphDump as dumpGraph } from '../support/graphDump.js';
import { openTestDatabase } from '../support/testDatabase.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

const graphDump = () => dumpGraph(db);

/** Turns the graph into the shape the loader wrote before claims: no Claim, bare MENTIONS. */
async function toPreClaimShape(): Promise<void> {
  await db.write(`
    CALL () { MATCH (c:Claim) DETACH DELETE c }
    CALL () { MATCH ()-[m:MENTIONS]->() SET m = {} }
    CALL () { MATCH (a:Article) REMOVE a.publishedDate, a.publishedPrecision }`);
}

describe('migrating a graph to claims', () => {
  it('rebuilds the claims and definitions the loader writes, and the same values', async () => {
    await loadSeedGraph(db);
    await db.write(`MATCH (a:Article) SET a.publishedAt = '2025-01-29'`);
    await db.write(
      `MATCH (a:Article)-[:STATES]->(c:Claim) SET c.publishedDate = datetime('2025-01-29'), a.publishedDate = datetime('2025-01-29'), a.publishedPrecision = 'day'`,
    );
    await deriveAll(db);
    const current = await graphDump();
    await toPreClaimShape();
    expect(await graphDump()).not.toEqual(current);
    const logged: string[] = [];
    expect(await migrateToClaims(db, (m) => logged.push(m))).toBe(true);
    expect(logged).toEqual(['Migrated the graph to per-source claims: 32 claims for 32 facts']);
    expect(await graphDump()).toEqual(current);
  });

  it('derives again the values of facts derived by an older rule', async () => {
    await loadSeedGraph(db);
    const current = await graphDump();
    await db.write(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL
       REMOVE r.firstReported, r.firstReportedPrecision, r.articleCount, r.outletCount`,
    );
    expect(await graphDump()).not.toEqual(current);
    const logged: string[] = [];
    expect(await migrateToClaims(db, (m) => logged.push(m))).toBe(true);
    expect(logged).toEqual([
      "Derived every fact's values by the current rule (first reports, corroboration): 32 facts",
    ]);
    expect(await graphDump()).toEqual(current);
  });

  it('leaves a current graph alone', async () => {
    await loadSeedGraph(db);
    const current = await graphDump();
    expect(await migrateToClaims(db, () => {})).toBe(false);
    expect(await graphDump()).toEqual(current);
  });
});
