/** Driver values become plain JSON at the boundary (cypher/README.md documents the shapes). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/neo4j/toPlain.js';

describe('toPlain', () => {
  it('keeps JSON values as they are', () => {
    expect(toPlain({ a: 'x', b: 1.5, c: [true, null], d: undefined })).toEqual({
      a: 'x',
      b: 1.5,
      c: [true, null],
      d: null,
    });
  });

  it('turns integers into numbers, and into decimal strings beyond 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(9007199254740993n)).toBe('9007199254740993');
    expect(toPlain(7n)).toBe(7);
  });

  it('turns temporals into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2025, 1, 29))).toBe('2025-01-29');
    expect(toPlain(new neo4j.types.LocalDateTime(2025, 1, 29, 8, 30, 0, 0))).toBe('2025-01-29T08:30:00');
    expect(toPlain(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('turns points, bytes, nodes, relationships and paths into documented shapes', () => {
    expect(toPlain(new neo4j.types.Point(4326, 13.4, 52.5))).toEqual({ srid: 4326, x: 13.4, y: 52.5 });
    expect(toPlain(new Uint8Array([1, 2, 3]))).toBe('AQID');
    const a = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'openai' }, 'n1');
    const b = new neo4j.types.Node(neo4j.int(2), ['Entity'], { id: 'deepseek' }, 'n2');
    const r = new neo4j.types.Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'ACCUSES',
      { n: neo4j.int(1) },
      'r3',
      'n1',
      'n2',
    );
    const relationship = {
      elementId: 'r3',
      type: 'ACCUSES',
      startNodeElementId: 'n1',
      endNodeElementId: 'n2',
      properties: { n: 1 },
    };
    expect(toPlain(a)).toEqual({ elementId: 'n1', labels: ['Entity'], properties: { id: 'openai' } });
    expect(toPlain(r)).toEqual(relationship);
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toPlain(path)).toEqual({
      nodes: [
        { elementId: 'n1', labels: ['Entity'], properties: { id: 'openai' } },
        { elementId: 'n2', labels: ['Entity'], properties: { id: 'deepseek' } },
      ],
      relationships: [relationship],
    });
  });
});
