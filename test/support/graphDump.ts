/**
 * Every node and relationship with all its properties (but the load time), as sorted JSON lines:
 * two graphs are the same exactly when their dumps are equal — property by property, not by counts.
 */
import type { Database } from '../../src/neo4j/Database.js';

export async function graphDump(db: Database): Promise<string[]> {
  const rows = await db.read(`
    CALL () {
      MATCH (n) RETURN ['node'] + labels(n) AS what, properties(n) AS props
      UNION ALL
      MATCH (s)-[r]->(o) RETURN ['rel', type(r), s.id, o.id] AS what, properties(r) AS props
    }
    RETURN what, props`);
  return rows
    .map(({ what, props }) => {
      const { loadedAt: _loadedAt, ...rest } = props as Record<string, unknown>;
      return JSON.stringify([what, Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))]);
    })
    .sort();
}
