/**
 * `npm start` loads the seed (NEWSGRAPH_SEED, a folder or file of fact files) with the same
 * loader as `npx newsgraph load`. Loading is idempotent, so every start can do it; a bad seed
 * file stops the start with the loader's report.
 */
import type { Database } from '../neo4j/Database.js';
import { loadPath } from './loadPath.js';

export async function loadSeed(db: Database, dir: string, log: (m: string) => void): Promise<void> {
  const s = await loadPath(db, [dir]);
  log(
    `Seed loaded from ${dir}: ${s.files} fact file${s.files === 1 ? '' : 's'}, ${s.entities} entities, ${s.facts} facts`,
  );
}
