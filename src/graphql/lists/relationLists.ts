/**
 * The relation lists of the API, each a keyset-paginated connection over a named query: around
 * an entity and in an article (batched per request level by DataLoader), all relations, and
 * disputed claims. The count query behind `totalCount` runs only when that field is resolved.
 */
import { query } from '../../neo4j/queryLibrary.js';
import type { GraphQLContext } from '../context.js';
import type { Direction, RelationType } from '../generated/resolvers.js';
import { toRelation } from '../model/fromRows.js';
import { num } from '../model/plain.js';
import type { RelationPage } from '../model/records.js';
import { decodeRelationCursor, relationCursor } from '../pagination/cursor.js';
import { toPage } from '../pagination/toPage.js';
import { checkFirst } from '../pagination/validate.js';

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
}

export async function relationsAround(
  { loaders }: GraphQLContext,
  entityId: string,
  filter: AroundFilter,
  args: PageArgs,
): Promise<RelationPage> {
  const first = checkFirst(args.first);
  const after = decodeRelationCursor(args.after);
  const rows = await loaders.entityRelationPages.load({
    anchor: entityId,
    params: { ...filter, after, limit: first + 1 },
  });
  return toPage(rows, first, args.after, relationCursor, () =>
    loaders.entityRelationCounts.load({ anchor: entityId, params: { ...filter } }),
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

export const disputedClaims = (ctx: GraphQLContext, types: RelationType[] | null, args: PageArgs) =>
  unanchored(ctx, { page: 'disputedClaimsPage', count: 'disputedClaimsCount' }, types, args);

/** Query.relations and its named shortcuts: anchor on the subject, else the object, else the article. */
export function findRelations(
  ctx: GraphQLContext,
  f: {
    types: RelationType[] | null;
    subject?: string | null;
    object?: string | null;
    article?: string | null;
  },
  args: PageArgs,
): Promise<RelationPage> {
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
