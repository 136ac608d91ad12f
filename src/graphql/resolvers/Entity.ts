/** Entity: its relations (all, or by direction and type) and the readable shortcuts. */
import { timeFilter } from '../arguments/dateArguments.js';
import type { Direction, EntityResolvers, RelationType } from '../generated/resolvers.js';
import { relationsAround, type PageArgs } from '../lists/relationLists.js';
import type { EntityRecord } from '../model/records.js';
import type { GraphQLContext } from '../context.js';

interface ListArgs extends PageArgs {
  asOf?: string | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
}

/** `accuses` = OUT ACCUSES, `accusedBy` = IN ACCUSES, … */
const shortcut =
  (direction: Direction, type: RelationType) =>
  (entity: EntityRecord, { first, after, ...time }: ListArgs, ctx: GraphQLContext) =>
    relationsAround(
      ctx,
      entity.id,
      { direction, types: [type], other: null, article: null, time: timeFilter(time) },
      { first, after },
    );

export const Entity: EntityResolvers = {
  relations: (entity, { direction, type, first, after, ...time }, ctx) =>
    relationsAround(
      ctx,
      entity.id,
      { direction, types: type ?? null, other: null, article: null, time: timeFilter(time) },
      { first, after },
    ),
  accuses: shortcut('OUT', 'ACCUSES'),
  accusedBy: shortcut('IN', 'ACCUSES'),
  investigates: shortcut('OUT', 'INVESTIGATES'),
  investigatedBy: shortcut('IN', 'INVESTIGATES'),
  bans: shortcut('OUT', 'BANS'),
  bannedBy: shortcut('IN', 'BANS'),
  denies: shortcut('OUT', 'DENIES'),
  deniedBy: shortcut('IN', 'DENIES'),
};
