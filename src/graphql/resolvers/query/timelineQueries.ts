/** Query.timeline: facts in the order they happened, keyset-paged on (time, fact id). */
import { query } from '../../../neo4j/queryLibrary.js';
import { endOf, startOf } from '../../arguments/dateArguments.js';
import type { QueryResolvers } from '../../generated/resolvers.js';
import { toRelation } from '../../model/fromRows.js';
import { num } from '../../model/plain.js';
import type { RelationRecord } from '../../model/records.js';
import { decodeTimelineCursor, timelineCursor } from '../../pagination/cursor.js';
import { toPage } from '../../pagination/toPage.js';
import { checkFirst } from '../../pagination/validate.js';

/** Where a fact stands in a timeline: when it happened, else when it was first reported. */
const timeOf = (r: RelationRecord): string | null => r.happened?.from ?? r.firstReported?.from ?? null;

export const timelineQueries: QueryResolvers = {
  timeline: async (_root, { entity, types, from, to, first: f, after }, { db }) => {
    const first = checkFirst(f);
    const filter = {
      entity: entity ?? null,
      types: types ?? null,
      from: startOf('from', from),
      to: endOf('to', to),
    };
    const rows = await db.read(query('timelinePage'), {
      ...filter,
      after: decodeTimelineCursor(after),
      limit: first + 1,
    });
    return toPage(
      rows.map(toRelation),
      first,
      after,
      (r) => timelineCursor({ id: r.id, at: timeOf(r) }),
      async () => num((await db.read(query('timelineCount'), filter))[0]?.total ?? 0, 'a count'),
    );
  },
};
