/**
 * Neo4j values → plain JSON values, at the boundary: integers become numbers (or decimal strings
 * beyond 2^53), temporals ISO strings, points {srid,x,y[,z]}, nodes/relationships/paths the shapes
 * documented in cypher/README.md. Nothing from the driver's type zoo reaches GraphQL or exports.
 * The driver's own options do not cover this: `disableLosslessIntegers` rounds integers beyond
 * 2^53 silently, `useBigInt` yields values JSON cannot hold, and neither touches temporals,
 * points or graph values.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most values of a row are strings, floats, lists and maps: those first, so a row of ~1900
  // relations (question b) does not run every type test of the driver for each of them.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value as Plain;
  if (type === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : (value as bigint).toString();
  if (type !== 'object') return value as Plain;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return value.toString();
  if (neo4j.isPoint(value)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (neo4j.isNode(value)) return plainNode(value as Node);
  if (neo4j.isRelationship(value)) return plainRelationship(value as Relationship);
  if (neo4j.isPath(value)) return plainPath(value as Path);
  if ((value as object) instanceof Uint8Array) return Buffer.from(value as Uint8Array).toString('base64');
  return plainMap(value as Record<string, unknown>);
}

/** A map (a plain object: the driver's maps and property maps are), each value made plain. */
function plainMap(value: Record<string, unknown>): { [key: string]: Plain } {
  const out: Record<string, Plain> = {};
  for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
  return out;
}

function isTemporal(v: object): v is { toString(): string } {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v)
  );
}

function plainNode(n: Node): Plain {
  return { elementId: n.elementId, labels: n.labels, properties: toPlain(n.properties) };
}

function plainRelationship(r: Relationship): Plain {
  return {
    elementId: r.elementId,
    type: r.type,
    startNodeElementId: r.startNodeElementId,
    endNodeElementId: r.endNodeElementId,
    properties: toPlain(r.properties),
  };
}

function plainPath(p: Path): Plain {
  const nodes = [p.start, ...p.segments.map((s) => s.end)].map(plainNode);
  return { nodes, relationships: p.segments.map((s) => plainRelationship(s.relationship)) };
}
