/**
 * The neutral in-memory graph every export format is written from: entities and the facts
 * between them, with the attributes of the graph model (cypher/README.md). The attribute tables
 * below are the one declaration of names and types; each writer derives its key / attribute
 * declarations from them, so the formats cannot drift apart.
 */
import type { RelationType } from '../domain/relationTypes.js';

export interface ExportNode {
  id: string;
  name: string;
  kind: string;
  /** Neo4j labels, sorted as APOC sorts them, e.g. ['Entity', 'Organization']. */
  labels: string[];
  aliases: string[];
  roles: string[];
  description: string | null;
  /** The earliest publication (ISO 8601, UTC) of an article that mentions it; null when none is dated. */
  firstMentioned: string | null;
}

export interface ExportEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  summary: string;
  about: string | null;
  reason: string | null;
  when: string | null;
  role: string | null;
  scope: string | null;
  modality: string | null;
  confidence: number | null;
  statedBy: string | null;
  cameo: string | null;
  denies: string[];
  /** Parallel lists: source i is (sourceArticleIds[i], sourceQuotes[i], sourceStarts[i]). */
  sourceArticleIds: string[];
  sourceQuotes: string[];
  sourceStarts: number[];
  /** Titles of the source articles, parallel to sourceArticleIds (null where unknown). */
  sourceArticleTitles: Array<string | null>;
  /** When it was first reported: the start (ISO 8601, UTC) of the earliest article's publication. */
  firstReported: string | null;
  /** `year`, `month`, `day` or `instant`: how precisely that article is dated. */
  firstReportedPrecision: string | null;
  /** When it happened: the first instant of the period, the first instant after it, its precision. */
  eventFrom: string | null;
  eventTo: string | null;
  eventPrecision: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Scalar type of an attribute, or of a list attribute's items (GraphML / GEXF type names). */
export type ScalarType = 'string' | 'double' | 'long';

export interface AttributeSpec<K extends string> {
  name: K;
  type: ScalarType;
  list: boolean;
}

const attr = <K extends string>(name: K, type: ScalarType = 'string', list = false): AttributeSpec<K> => ({
  name,
  type,
  list,
});

/** Node attributes, in output order (`labels` is written separately, APOC-style). */
export const NODE_ATTRIBUTES = [
  attr('id'),
  attr('name'),
  attr('kind'),
  attr('aliases', 'string', true),
  attr('roles', 'string', true),
  attr('description'),
  attr('firstMentioned'),
] as const satisfies ReadonlyArray<AttributeSpec<keyof ExportNode>>;

/** Edge attributes, in output order (`type` is also the edge's label in every format). */
export const EDGE_ATTRIBUTES = [
  attr('id'),
  attr('type'),
  attr('summary'),
  attr('about'),
  attr('reason'),
  attr('when'),
  attr('role'),
  attr('scope'),
  attr('modality'),
  attr('confidence', 'double'),
  attr('statedBy'),
  attr('cameo'),
  attr('denies', 'string', true),
  attr('sourceArticleIds', 'string', true),
  attr('sourceQuotes', 'string', true),
  attr('sourceStarts', 'long', true),
  attr('sourceArticleTitles', 'string', true),
  attr('firstReported'),
  attr('firstReportedPrecision'),
  attr('eventFrom'),
  attr('eventTo'),
  attr('eventPrecision'),
] as const satisfies ReadonlyArray<AttributeSpec<keyof ExportEdge>>;

export type AttributeValue = string | number | null | Array<string | number | null>;

/**
 * Lists are written as JSON arrays (`["Weißes Haus","the White House"]`) in every text format:
 * unambiguous whatever the items contain (commas, quotes, `|`, brackets), and the same
 * convention APOC uses for list properties in GraphML, so files round-trip into Neo4j.
 */
export function listToJson(value: ReadonlyArray<string | number | null>): string {
  return JSON.stringify(value);
}
