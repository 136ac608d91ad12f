/** Query.entity, Query.entities, Query.search. */
import { query } from '../../../neo4j/queryLibrary.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toEntity } from '../../model/fromRows.js';
import { num } from '../../model/plain.js';
import { decodeEntityCursor, entityCursor } from '../../pagination/cursor.js';
import { toPage } from '../../pagination/toPage.js';
import { checkFirst } from '../../pagination/validate.js';
import { luceneQuery } from '../../search/luceneQuery.js';

export const entityQueries: QueryResolvers = {
  entity: (_root, { id }, { loaders }) => loaders.entities.load(id),

  entityByWikidataId: async (_root, { wikidataId }, { db }) => {
    const [row] = await db.read(query('entityByWikidataId'), { wikidataId });
    return row ? toEntity(row.entity) : null;
  },

  entities: async (_root, { kind, first: f, after }, { db }) => {
    const first = checkFirst(f);
    const key = decodeEntityCursor(after);
    const rows = await db.read(query('entitiesPage'), {
      kind: kind ?? null,
      afterName: key?.name ?? null,
      afterId: key?.id ?? null,
      limit: first + 1,
    });
    return toPage(
      rows.map((r) => toEntity(r.entity)),
      first,
      after,
      entityCursor,
      async () =>
        num((await db.read(query('entitiesCount'), { kind: kind ?? null }))[0]?.total ?? 0, 'a count'),
    );
  },

  search: async (_root, { text, first }, { db }) => {
    const rows = await db.read(query('searchEntities'), {
      query: luceneQuery(text),
      limit: checkFirst(first, 10),
    });
    return rows.map((r) => ({ entity: toEntity(r.entity), score: num(r.score, 'a search score') }));
  },
};
