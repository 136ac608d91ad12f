/**
 * Streams a query's records and stops after the cap: it reads at most `maxRows + 1` records
 * (the extra one only to know that there were more), then cancels the rest of the stream.
 */
import type { Row, StreamingTx } from '../neo4j/Database.js';
import { toPlain } from '../neo4j/toPlain.js';

export interface CappedResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export async function fetchCapped(
  tx: StreamingTx,
  query: string,
  params: Record<string, unknown>,
  maxRows: number,
): Promise<CappedResult> {
  const result = tx.run(query, params);
  const columns = await result.keys();
  const rows: Row[] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length === maxRows) {
      truncated = true;
      break; // ends the iteration, which cancels the rest of the stream
    }
    rows.push(toPlain(record.toObject()) as Row);
  }
  return { columns: [...columns], rows, truncated };
}
