/**
 * The gate plans a statement as `EXPLAIN` + newline + the analyst's text. Neo4j's syntax errors
 * then count lines and offsets from the prefix; `analystPositions` moves them back, so the
 * message points at the analyst's own line and column.
 */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g;

export function analystPositions(message: string): string {
  return message.replace(POSITION, (_all, line: string, column: string, offset: string) => {
    const l = Math.max(1, Number(line) - 1);
    const o = Math.max(0, Number(offset) - EXPLAIN_PREFIX.length);
    return `(line ${l}, column ${column} (offset: ${o}))`;
  });
}
