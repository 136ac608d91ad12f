// TEMPORARY (uncommitted): replaced by the loader.
import type { Database } from '../neo4j/Database.js';
export async function loadSeed(_db: Database, _dir: string, log: (m: string) => void): Promise<void> {
  log('seed loading not implemented yet');
}
