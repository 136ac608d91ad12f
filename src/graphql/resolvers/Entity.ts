/** Entity: its relations (all, or by direction and type) and the readable shortcuts. */
import type { Direction, EntityResolvers, RelationType } from '../generated/resolvers.js';
import { relationsAround, type PageArgs } from '../lists/relationLists.js';
import type { EntityRecord } from '../model/records.js';
import type { GraphQLContext } from '../context.js';

/** `accuses` = OUT ACCUSES, `accusedBy` = IN ACCUSES, … */
const shortcut =
  (direction: Direction, type: RelationType) => (entity: EntityRecord, args: PageArgs, ctx: GraphQLContext) =>
    relationsAround(ctx, entity.id, { direction, types: [type], other: null, article: null }, args);

export const Entity: EntityResolvers = {
  relations: (entity, { direction, type, ...page }, ctx) =>
    relationsAround(ctx, entity.id, { direction, types: type ?? null, other: null, article: null }, page),
  accuses: shortcut('OUT', 'ACCUSES'),
  accusedBy: shortcut('IN', 'ACCUSES'),
  investigates: shortcut('OUT', 'INVESTIGATES'),
  investigatedBy: shortcut('IN', 'INVESTIGATES'),
  bans: shortcut('OUT', 'BANS'),
  bannedBy: shortcut('IN', 'BANS'),
  denies: shortcut('OUT', 'DENIES'),
  deniedBy: shortcut('IN', 'DENIES'),
};
