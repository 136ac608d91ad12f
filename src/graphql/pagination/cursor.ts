/**
 * Opaque, stable cursors: the base64url of the item's sort key, tagged with the list kind so a
 * cursor of one list is refused by another. Keyset pagination continues strictly after the key,
 * so a cursor stays valid (and means the same place) when items are added or removed.
 */
import { badUserInput } from '../errors.js';

type Kind = 'relation' | 'entity' | 'article';

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
