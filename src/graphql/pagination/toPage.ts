/** A page from rows fetched with limit first + 1: the extra row only says that more follow. */
import type { Page } from '../model/records.js';

export function toPage<T>(
  rows: T[],
  first: number,
  after: string | null | undefined,
  cursorOf: (item: T) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  return {
    items: rows.slice(0, first),
    hasNextPage: rows.length > first,
    hasPreviousPage: after != null,
    cursorOf,
    totalCount,
  };
}
