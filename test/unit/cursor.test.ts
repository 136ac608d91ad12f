/** Cursors: opaque, tied to their list, and refused with the argument named when forged. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  articleCursor,
  decodeArticleCursor,
  decodeEntityCursor,
  decodeRelationCursor,
  entityCursor,
  relationCursor,
} from '../../src/graphql/pagination/cursor.js';

describe('cursors', () => {
  it('round-trip each list’s sort key', () => {
    expect(decodeRelationCursor(relationCursor({ id: 'f-7' }))).toBe('f-7');
    expect(decodeEntityCursor(entityCursor({ name: 'Weißes Haus', id: 'white_house' }))).toEqual({
      name: 'Weißes Haus',
      id: 'white_house',
    });
    expect(decodeArticleCursor(articleCursor({ id: 'a1' }))).toBe('a1');
  });

  it('are URL-safe and do not show the key in clear', () => {
    const c = entityCursor({ name: 'OpenAI', id: 'openai' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(c).not.toContain('openai');
  });

  it('treat no cursor as the first page', () => {
    expect(decodeRelationCursor(null)).toBeNull();
    expect(decodeEntityCursor(undefined)).toBeNull();
  });

  it.each([
    ['another list’s cursor', () => decodeRelationCursor(articleCursor({ id: 'a1' }))],
    ['garbage', () => decodeEntityCursor('not a cursor!')],
    ['a non-canonical encoding', () => decodeRelationCursor(relationCursor({ id: 'x' }) + '=')],
    ['too many parts', () => decodeArticleCursor(entityCursor({ name: 'n', id: 'i' }))],
  ])('refuse %s as BAD_USER_INPUT on "after"', (_label, decode) => {
    let caught: unknown;
    try {
      decode();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    const e = caught as GraphQLError;
    expect(e.message).toMatch(/^Argument "after" is not a cursor of this (relation|entity|article) list/);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
