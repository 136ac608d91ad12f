/**
 * Opaque, stable cursors: the base64url of the item's sort key, tagged with the list kind so a
 * cursor of one list is refused by another. Keyset pagination continues strictly after the key,
 * so a cursor stays valid (and means the same place) when items are added or removed.
 */
import { badUserInput } from '../errors.js';

type Kind = 'relation' | 'relation-sources' | 'timeline' | 'entity' | 'article' | 'article-published';

function encode(kind: Kind, key: string[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

function decode(kind: Kind, parts: number, cursor: string): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  const ok =
    Array.isArray(decoded) &&
    decoded.length === parts + 1 &&
    decoded[0] === kind &&
    decoded.every((p) => typeof p === 'string') &&
    encode(kind, decoded.slice(1) as string[]) === cursor;
  if (!ok)
    throw badUserInput(
      `Argument "after" is not a cursor of this ${kind} list: ${JSON.stringify(cursor)}. ` +
        'Pass the endCursor (or an edge cursor) of an earlier page of the same list.',
      { argument: 'after', value: cursor },
    );
  return (decoded as string[]).slice(1);
}

/** Relations are sorted by fact id. */
export const relationCursor = (r: { id: string }): string => encode('relation', [r.id]);
export function decodeRelationCursor(cursor: string | null | undefined): string | null {
  return cursor == null ? null : (decode('relation', 1, cursor)[0] ?? null);
}

/** Entities are sorted by (name, id). */
export const entityCursor = (e: { name: string; id: string }): string => encode('entity', [e.name, e.id]);
export function decodeEntityCursor(cursor: string | null | undefined): { name: string; id: string } | null {
  if (cursor == null) return null;
  const [name = '', id = ''] = decode('entity', 2, cursor);
  return { name, id };
}

/** Articles are sorted by id. */
export const articleCursor = (a: { id: string }): string => encode('article', [a.id]);
export function decodeArticleCursor(cursor: string | null | undefined): string | null {
  return cursor == null ? null : (decode('article', 1, cursor)[0] ?? null);
}

/** Relations most corroborated first: (outlets desc, articles desc, fact id). */
export const sourcesCursor = (r: { id: string; outletCount: number; articleCount: number }): string =>
  encode('relation-sources', [String(r.outletCount), String(r.articleCount), r.id]);
export function decodeSourcesCursor(
  cursor: string | null | undefined,
): { outlets: number; articles: number; id: string } | null {
  if (cursor == null) return null;
  const [outlets = '', articles = '', id = ''] = decode('relation-sources', 3, cursor);
  return { outlets: Number(outlets), articles: Number(articles), id };
}

/** A timeline is sorted by (time, fact id); the time is '' for a fact with none (they come last). */
export const timelineCursor = (r: { id: string; at: string | null }): string =>
  encode('timeline', [r.at ?? '', r.id]);
export function decodeTimelineCursor(
  cursor: string | null | undefined,
): { at: string | null; id: string } | null {
  if (cursor == null) return null;
  const [at = '', id = ''] = decode('timeline', 2, cursor);
  return { at: at === '' ? null : at, id };
}

/** Articles by publication: (publishedDate, id); '' for an undated article (they come last). */
export const publishedCursor = (a: { id: string; publishedDate: string | null }): string =>
  encode('article-published', [a.publishedDate ?? '', a.id]);
export function decodePublishedCursor(
  cursor: string | null | undefined,
): { published: string | null; id: string } | null {
  if (cursor == null) return null;
  const [published = '', id = ''] = decode('article-published', 2, cursor);
  return { published: published === '' ? null : published, id };
}
