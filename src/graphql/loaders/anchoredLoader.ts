/**
 * A DataLoader for per-anchor lists with arguments: the pages (or counts) of relations of many
 * entities or articles. Every key of a batch goes into one query, whatever its arguments: the
 * query takes `$keys`, one map per key ({anchor, ...params}), and tags each row with `key`, the
 * index of the map it answers. So a level of a request that asks 50 entities for 8 differently
 * filtered lists (accuses, accusedBy, …) costs one round trip, not 8 — nor 400.
 */
import DataLoader from 'dataloader';
import type { Database, Params, Row } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';
import { num } from '../model/plain.js';

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
      const rows = await db.read(query(name), { keys: keys.map((k) => ({ ...k.params, anchor: k.anchor })) });
      const rowsOfKey = keys.map((): Row[] => []);
      for (const row of rows) rowsOfKey[num(row.key, 'a key index')]?.push(row);
      return rowsOfKey.map(fromRows);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.anchor, key.params]) },
  );
}
