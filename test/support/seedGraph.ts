/**
 * The seed graph for tests: an empty graph, then everything in seed/ loaded by the real loader
 * (the same code `npx newsgraph load seed` runs). Test files that read the seed graph call this
 * in `beforeAll`; it replaces whatever an earlier test file left behind.
 */
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/neo4j/Database.js';
import { loadPath, type LoadSummary } from '../../src/ingest/loadPath.js';
import { resetGraph } from './testDatabase.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export async function loadSeedGraph(db: Database): Promise<LoadSummary> {
  await resetGraph(db);
  return loadPath(db, [SEED_DIR]);
}
