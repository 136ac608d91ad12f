/** The fields of every connection type, from a Page (src/graphql/model/records.ts). */
import type { ArticleRecord, Edge, EntityRecord, Page, RelationRecord } from '../model/records.js';

function connection<T>() {
  return {
    edges: (page: Page<T>): Edge<T>[] => page.items.map((node) => ({ cursor: page.cursorOf(node), node })),
    nodes: (page: Page<T>): T[] => page.items,
    pageInfo: (page: Page<T>) => {
      const first = page.items[0];
      const last = page.items.at(-1);
      return {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: first === undefined ? null : page.cursorOf(first),
        endCursor: last === undefined ? null : page.cursorOf(last),
      };
    },
    /** The count query runs here, so only when a client asks for totalCount. */
    totalCount: (page: Page<T>): Promise<number> => page.totalCount(),
  };
}

export const connections = {
  RelationConnection: connection<RelationRecord>(),
  EntityConnection: connection<EntityRecord>(),
  ArticleConnection: connection<ArticleRecord>(),
};
