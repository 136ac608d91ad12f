/**
 * The explorer's only data source: the service's GraphQL API at /graphql, the same contract every
 * client uses. Documents are plain strings; answers are typed by the interfaces below, which
 * mirror the fields asked for in schema.graphql.
 */
import type { Qualifiers } from '../../ingest/qualifierKeys.js';
import type { RelationType } from '../../ingest/relationTypes.js';

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface RelationRef {
  id: string;
  type: RelationType;
  subject: EntityRef;
  object: EntityRef;
}

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export class GraphQLRequestError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string }> };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLRequestError(`The API answered ${res.status} without data.`);
  return body.data;
}

const PAGE = 100;

/** Every page of a connection, up to `max` items; `truncated` when more were left. */
async function allPages<T>(
  query: string,
  field: string,
  max: number,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, Page<T>> = await graphql(query, { first: PAGE, after });
    const page = data[field];
    if (!page) break;
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { items, truncated: false };
    if (items.length >= max) return { items, truncated: true };
    after = page.pageInfo.endCursor;
  }
  return { items, truncated: false };
}

const RELATIONS = `query ExplorerRelations($first: Int, $after: String) {
  relations(first: $first, after: $after) {
    nodes { id type subject { id name kind } object { id name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ENTITIES = `query ExplorerEntities($first: Int, $after: String) {
  entities(first: $first, after: $after) {
    nodes { id name kind }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The whole graph, as far as a browser should draw it at once. */
export async function fetchGraph(maxRelations: number, maxEntities: number) {
  const [relations, entities] = await Promise.all([
    allPages<RelationRef>(RELATIONS, 'relations', maxRelations),
    allPages<EntityRef>(ENTITIES, 'entities', maxEntities),
  ]);
  return {
    relations: relations.items,
    entities: entities.items,
    truncated: relations.truncated || entities.truncated,
  };
}

export interface Neighbourhood {
  nodes: Array<{ id: string; label: string; kind: string }>;
  edges: Array<{ id: string; source: string; target: string; type: RelationType }>;
}

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $hops: Int, $types: [RelationType!]) {
  neighborhood(id: $id, hops: $hops, types: $types) {
    nodes { id label kind }
    edges { id source target type }
  }
}`;

export async function fetchNeighbourhood(
  id: string,
  hops: number,
  types: RelationType[],
): Promise<Neighbourhood | null> {
  const data = await graphql<{ neighborhood: Neighbourhood | null }>(NEIGHBOURHOOD, { id, hops, types });
  return data.neighborhood;
}

export interface SearchHit {
  score: number;
  entity: EntityRef & { aliases: string[] };
}

const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { score entity { id name kind aliases } }
}`;

export async function search(text: string): Promise<SearchHit[]> {
  return (await graphql<{ search: SearchHit[] }>(SEARCH, { text })).search;
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  roles: string[];
  description: string | null;
}

const ENTITY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) { id name kind aliases roles description }
}`;

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  return (await graphql<{ entity: EntityDetails | null }>(ENTITY, { id })).entity;
}

export interface SourceDetails {
  quote: string;
  position: number;
  article: { id: string; title: string; url: string | null };
}

export interface RelationDetails extends RelationRef {
  summary: string;
  modality: string;
  confidence: number;
  cameo: string | null;
  statedBy: { name: string } | null;
  qualifiers: Qualifiers;
  sources: SourceDetails[];
  deniedBy: Array<{
    id: string;
    summary: string;
    subject: { name: string };
    sources: Array<{ quote: string }>;
  }>;
  denies: Array<{
    id: string;
    type: RelationType;
    summary: string;
    subject: { name: string };
    object: { name: string };
  }>;
}

const RELATION = `query ExplorerRelation($id: ID!) {
  relation(id: $id) {
    id type summary modality confidence cameo
    subject { id name kind } object { id name kind } statedBy { name }
    qualifiers { about reason when role scope }
    sources { quote position article { id title url } }
    deniedBy { id summary subject { name } sources { quote } }
    denies { id type summary subject { name } object { name } }
  }
}`;

export async function fetchRelation(id: string): Promise<RelationDetails | null> {
  return (await graphql<{ relation: RelationDetails | null }>(RELATION, { id })).relation;
}
