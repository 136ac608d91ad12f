import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Row } from './databaseTypes.js';
import { toPlain } from './toPlain.js';

/** A record as a plain row, read field by field (`toObject` would copy every row once more). */
export function plainRow(record: Neo4jRecord): Row {
  const row: Row = {};
  record.keys.forEach((key, i) => {
    row[key as string] = toPlain(record.get(i));
  });
  return row;
}
