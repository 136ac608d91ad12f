/**
 * What resolvers pass down as parents (graphql-codegen maps the schema types to these in
 * .graphqlrc.yml): plain records built from query rows, one shape per schema type.
 */
import type { Qualifiers } from '../../domain/qualifierKeys.js';
import type { DatePrecision, EntityKind, Modality, RelationType } from '../generated/resolvers.js';

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  description: string | null;
  wikidataId: string | null;
}

/** One source of a fact: entry i of the fact's parallel lists sourceArticleIds/Quotes/Starts. */
export interface SourceRecord {
  articleId: string;
  quote: string;
  position: number;
}

export type QualifiersRecord = Qualifiers;

/** A date with its precision (the schema's EventDate). */
export interface EventDateRecord {
  text: string;
  from: string;
  to: string;
  precision: DatePrecision;
}

/** What one article says of a fact: a Claim node. */
export interface ClaimRecord {
  articleId: string;
  quote: string;
  position: number;
  summary: string;
  qualifiers: QualifiersRecord;
  modality: Modality;
  confidence: number;
  statedById: string | null;
  cameo: string | null;
  happened: EventDateRecord | null;
  deprecated: { on: string; reason: string } | null;
}

/** A fact with both of its entities (every relation query returns them in the same row). */
export interface RelationRecord {
  id: string;
  type: RelationType;
  subject: EntityRecord;
  object: EntityRecord;
  summary: string;
  qualifiers: QualifiersRecord;
  modality: Modality;
  confidence: number;
  statedById: string | null;
  cameo: string | null;
  deniesIds: string[];
  sources: SourceRecord[];
  retracted: boolean;
  happened: EventDateRecord | null;
  /** The publication of its earliest article, in that article's precision. */
  firstReported: EventDateRecord | null;
  articleCount: number;
  outletCount: number;
  /** Set when the record is the fact as known then (`asOf`): the first instant not included. */
  asOf?: string;
}

/** An article without its text: lists don't carry texts; Article.text loads it when asked. */
export interface ArticleRecord {
  id: string;
  title: string;
  language: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedPrecision: DatePrecision | null;
  /** The first instant of `publishedAt` (ISO, UTC): the sort key of articles by publication. */
  publishedDate: string | null;
  url: string | null;
  textSha256: string | null;
  factCount: number | null;
  loadedAt: string | null;
}

/** @public graphql-codegen's mappers (.graphqlrc.yml) name it. */
export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

/** @public graphql-codegen's mappers name it. */
export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
}

/** One page of a connection; `totalCount` runs its count query only when the field is asked for. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf: (item: T) => string;
  totalCount: () => Promise<number>;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

// The parents of the connection types, as graphql-codegen's mappers (.graphqlrc.yml) name them.
export type RelationPage = Page<RelationRecord>;
/** @public */
export type EntityPage = Page<EntityRecord>;
/** @public */
export type ArticlePage = Page<ArticleRecord>;
/** @public */
export type RelationEdgeRecord = Edge<RelationRecord>;
/** @public */
export type EntityEdgeRecord = Edge<EntityRecord>;
/** @public */
export type ArticleEdgeRecord = Edge<ArticleRecord>;
