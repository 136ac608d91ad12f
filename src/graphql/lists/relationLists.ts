/**
 * The relation lists of the API, each a keyset-paginated connection over a named query: around
 * an entity and in an article (batched per request level by DataLoader), all relations, disputed
 * claims, and the root lists filtered by time or corroboration (relationsFiltered). With `asOf`,
 * a list's facts are those known then (knownAt.ts). The count query behind `totalCount` runs only
 * when that field is resolved.
 */
import { query } from '../../neo4j/queryLibrary.js';
import { NO_TIME_FILTER, type TimeFilter } from '../arguments/dateArguments.js';
import type { GraphQLContext } from '../context.js';
import type { Direction, RelationOrder, RelationType } from '../generated/resolvers.js';
import { toRelation } from '../model/fromRows.js';
import { num } from '../model/plain.js';
import type { RelationPage } from '../model/records.js';
import {
  decodeRelationCursor,
  decodeSourcesCursor,
  relationCursor,
  sourcesCursor,
} from '../pagination/cursor.js';
import { toPage } from '../pagination/toPage.js';
import { checkFirst, checkRange } from '../pagination/validate.js';
import { knownAt } from './knownAt.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Filters of the relations around an entity (see cypher/queries/api/entityRelationsPage.cypher). */
export interface AroundFilter {
  direction: Direction;
  types: RelationType[] | null;
  /** The entity at the other end. */
  other: string | null;
  /** An article the fact must cite. */
  article: string | null;
  /** The graph as known at an instant, a window of first reports (none when left out). */
  time?: TimeFilter;
}

export async function relationsAround(
  context: GraphQLContext,
  entityId: string,
  filter: AroundFilter,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const after = decodeRelationCursor(args.after);
  const { time = NO_TIME_FILTER, ...rest } = filter;
  const params = { ...rest, ...time };
  const { loaders } = context;
  const rows = await loaders.entityRelationPages.load({
    anchor: entityId,
    params: { ...params, after, limit: first + 1 },
  });
  return toPage(await knownAt(context, rows, time.asOf), first, args.after, relationCursor, () =>
    loaders.entityRelationCounts.load({ anchor: entityId, params }),
  );
}

export async function factsOfArticle(
  { loaders }: GraphQLContext,
  articleId: string,
  types: RelationType[] | null,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const after = decodeRelationCursor(args.after);
  const rows = await loaders.articleFactPages.load({
    anchor: articleId,
    params: { types, after, limit: first + 1 },
  });
  return toPage(rows, first, args.after, relationCursor, () =>
    loaders.articleFactCounts.load({ anchor: articleId, params: { types } }),
  );
}

/** A root list without an anchor: one page query now, one count query if asked. */
async function unanchored(
  { db }: GraphQLContext,
  names: { page: string; count: string },
  types: RelationType[] | null,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const after = decodeRelationCursor(args.after);
  const rows = await db.read(query(names.page), { types, after, limit: first + 1 });
  return toPage(rows.map(toRelation), first, args.after, relationCursor, async () => {
    const [row] = await db.read(query(names.count), { types });
    return num(row?.total ?? 0, 'a count');
  });
}

export const allRelations = (ctx: GraphQLContext, types: RelationType[] | null, args: PageArgs) =>
  unanchored(ctx, { page: 'relationsPage', count: 'relationsCount' }, types, args);

/** Disputed claims; as known at an instant when `asOf` (ISO) is given. */
export async function disputedClaims(
  ctx: GraphQLContext,
  types: RelationType[] | null,
  asOf: string | null,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const after = decodeRelationCursor(args.after);
  const rows = await ctx.db.read(query('disputedClaimsPage'), { types, asOf, after, limit: first + 1 });
  const relations = await knownAt(ctx, rows.map(toRelation), asOf);
  return toPage(relations, first, args.after, relationCursor, async () => {
    const [row] = await ctx.db.read(query('disputedClaimsCount'), { types, asOf });
    return num(row?.total ?? 0, 'a count');
  });
}

/** The filters of Query.relations and its named shortcuts. */
export interface RelationFilter {
  types: RelationType[] | null;
  subject?: string | null;
  object?: string | null;
  article?: string | null;
  time?: TimeFilter;
  /** At least this many distinct outlets (as of `time.asOf`). */
  minSources?: number | null;
  orderBy?: RelationOrder | null;
}

/** Whether a list needs relationsFiltered: any filter of time or corroboration, or its order. */
const needsFilteredQuery = (f: RelationFilter): boolean =>
  f.minSources != null ||
  f.orderBy === 'SOURCES' ||
  (f.time !== undefined && Object.values(f.time).some((v) => v !== null));

/** A root list with filters of time and corroboration: one page query, one count query if asked. */
async function filteredRelations(
  ctx: GraphQLContext,
  f: RelationFilter,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const bySources = f.orderBy === 'SOURCES';
  const afterId = bySources ? null : decodeRelationCursor(args.after);
  const after = bySources ? decodeSourcesCursor(args.after) : afterId === null ? null : { id: afterId };
  const time = f.time ?? NO_TIME_FILTER;
  const filter = {
    types: f.types,
    subject: f.subject ?? null,
    object: f.object ?? null,
    article: f.article ?? null,
    ...time,
    minSources: f.minSources == null ? null : checkRange('minSources', f.minSources, 0, 1_000_000),
  };
  const rows = await ctx.db.read(query('relationsFiltered'), {
    ...filter,
    orderBy: f.orderBy ?? 'ID',
    after,
    limit: first + 1,
  });
  const relations = await knownAt(ctx, rows.map(toRelation), time.asOf);
  return toPage(relations, first, args.after, bySources ? sourcesCursor : relationCursor, async () => {
    const [row] = await ctx.db.read(query('relationsFilteredCount'), filter);
    return num(row?.total ?? 0, 'a count');
  });
}

/**
 * Query.relations and its named shortcuts: with a filter of time or corroboration one query for
 * all (relationsFiltered); else anchor on the subject, else the object, else the article.
 */
export function findRelations(ctx: GraphQLContext, f: RelationFilter, args: PageArgs): Promise<RelationPage> {
  if (needsFilteredQuery(f)) return filteredRelations(ctx, f, args);
  const article = f.article ?? null;
  if (f.subject != null)
    return relationsAround(
      ctx,
      f.subject,
      { direction: 'OUT', types: f.types, other: f.object ?? null, article },
      args,
    );
  if (f.object != null)
    return relationsAround(ctx, f.object, { direction: 'IN', types: f.types, other: null, article }, args);
  if (article != null) return factsOfArticle(ctx, article, f.types, args);
  return allRelations(ctx, f.types, args);
}
