/**
 * Streams a query's records and stops at the first cap reached: `maxRows` rows, or `maxBytes` of
 * rows as JSON (UTF-8) — a row cap alone lets a single row of megabytes through, and the service
 * would hold and serialise every one of them. It reads at most `maxRows + 1` records (the extra
 * one only to know that there were more), then cancels the rest of the stream. A first row
 * larger than `maxBytes` on its own is refused (CypherResultTooLarge): an empty answer marked
 * truncated would hide why.
 */
import type { Row, StreamingTx } from '../neo4j/Database.js';
import { toPlain } from '../neo4j/toPlain.js';
import { CypherResultTooLarge } from './cypherErrors.js';
import { jsonBytesUpTo } from './jsonBytesUpTo.js';

/** Which cap cut the rows off. */
export type TruncatedBy = 'ROWS' | 'BYTES';

export interface CappedResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
  truncatedBy: TruncatedBy | null;
}

export interface Caps {
  maxRows: number;
  maxBytes: number;
}

export async function fetchCapped(
  tx: StreamingTx,
  query: string,
  params: Record<string, unknown>,
  caps: Caps,
): Promise<CappedResult> {
  const result = tx.run(query, params);
  const columns = await result.keys();
  const rows: Row[] = [];
  let bytes = 2; // the brackets of the JSON array
  let truncatedBy: TruncatedBy | null = null;
  for await (const record of result) {
    if (rows.length === caps.maxRows) {
      truncatedBy = 'ROWS';
      break; // ends the iteration, which cancels the rest of the stream
    }
    const row = toPlain(record.toObject()) as Row;
    const comma = rows.length > 0 ? 1 : 0;
    const size = jsonBytesUpTo(row, caps.maxBytes - bytes - comma) + comma;
    if (bytes + size > caps.maxBytes) {
      if (rows.length === 0) throw new CypherResultTooLarge(caps.maxBytes);
      truncatedBy = 'BYTES';
      break;
    }
    bytes += size;
    rows.push(row);
  }
  return { columns: [...columns], rows, truncated: truncatedBy !== null, truncatedBy };
}
