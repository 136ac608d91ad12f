/**
 * DataLoaders over named queries that take `$ids`: every id asked for at one level of a request
 * goes into one query. `byId` gives one record per id (null when missing), `groupedBy` a list.
 */
import DataLoader from 'dataloader';
import type { Database, Params, Row } from '../../neo4j/Database.js';
import { query } from '../../neo4j/queryLibrary.js';
import type { Plain } from '../../neo4j/toPlain.js';

export function byId<T>(
  db: Database,
  name: string,
  idOf: (row: Row) => Plain | undefined,
  toRecord: (row: Row) => T,
  params: Params = {},
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(query(name), { ...params, ids: [...ids] });
    const found = new Map(rows.map((row) => [idOf(row), toRecord(row)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function groupedBy<T>(
  db: Database,
  name: string,
  idOf: (row: Row) => Plain | undefined,
  toRecord: (row: Row) => T,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(query(name), { ids: [...ids] });
    const groups = new Map<Plain | undefined, T[]>();
    for (const row of rows) {
      const key = idOf(row);
      groups.set(key, [...(groups.get(key) ?? []), toRecord(row)]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}
