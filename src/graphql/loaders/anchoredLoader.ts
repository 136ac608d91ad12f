/**
 * A DataLoader for per-anchor lists with arguments: the pages (or counts) of relations of many
 * entities or articles. Keys that share their arguments and differ only in the anchor id go into
 * one query (`$ids` plus the shared arguments), so a level of a request that asks 50 entities
 * for their relations costs one round trip, not 50. The query returns an `anchor` column.
 */
import DataLoader from 'dataloader';
import type { Database, Params, Row } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';

export interface AnchoredKey {
  anchor: string;
  /** Every other parameter of the query; JSON values only (they make up the cache key). */
  params: Params;
}

export function anchoredLoader<T>(
  db: Database,
  name: string,
  fromRows: (rows: Row[]) => T,
): DataLoader<AnchoredKey, T, string> {
  return new DataLoader<AnchoredKey, T, string>(
    async (keys) => {
      const byParams = new Map<string, AnchoredKey[]>();
      for (const key of keys) {
        const shared = JSON.stringify(key.params);
        byParams.set(shared, [...(byParams.get(shared) ?? []), key]);
      }
      const results = new Map<string, T>();
      await Promise.all(
        [...byParams.values()].map(async (group) => {
          const ids = [...new Set(group.map((k) => k.anchor))];
          const params = group[0]?.params ?? {};
          const rows = await db.read(query(name), { ...params, ids });
          for (const id of ids)
            results.set(cacheKey({ anchor: id, params }), fromRows(rows.filter((r) => r.anchor === id)));
        }),
      );
      return keys.map((k) => results.get(cacheKey(k)) as T);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: AnchoredKey): string {
  return JSON.stringify([key.anchor, key.params]);
}
