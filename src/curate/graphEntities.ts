/** Every entity of the graph with its names (curateEntities.cypher). */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import type { KnownEntity } from './mentions.js';

export async function graphEntities(db: Database): Promise<KnownEntity[]> {
  const rows = await db.read(query('curateEntities'), {}, { timeoutMs: 60_000 });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: String(r.kind),
    aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
    ...(typeof r.description === 'string' ? { description: r.description } : {}),
  }));
}
