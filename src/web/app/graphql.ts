/**
 * The explorer's only data source: the service's GraphQL API at /graphql, the same contract every
 * client uses. Each document below carries the `GraphQL` comment marker so graphql-codegen types its answer
 * and variables from schema.graphql (generated/operations.ts, `npm run codegen`); the names here
 * are those generated types, never hand-written copies.
 */
import type * as Op from './generated/operations.js';

export type RelationType = Op.RelationType;
export type EntityRef = Op.ExplorerEntitiesQuery['entities']['nodes'][number];
export type RelationRef = Op.ExplorerRelationsQuery['relations']['nodes'][number];
export type Neighbourhood = NonNullable<Op.ExplorerNeighbourhoodQuery['neighborhood']>;
export type SearchHit = Op.ExplorerSearchQuery['search'][number];
export type EntityDetails = NonNullable<Op.ExplorerEntityQuery['entity']>;
export type RelationDetails = NonNullable<Op.ExplorerRelationQuery['relation']>;

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type Ranked = Op.ExplorerRankingQuery['ranking'][number];
export type CentralityMeasure = Op.CentralityMeasure;
export type Membership = Op.ExplorerCommunitiesQuery['entities']['nodes'][number];

/** What the API answered instead of data; `code` is the first error's `extensions.code`, when it has one. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

async function graphql<T, V extends Record<string, unknown>>(query: string, variables: V): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: unknown } }> };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) {
    const code = body.errors[0]?.extensions?.code;
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join('; '),
      typeof code === 'string' ? code : undefined,
    );
  }
  if (!body.data) throw new GraphQLRequestError(`The API answered ${res.status} without data.`);
  return body.data;
}

const PAGE = 100;

/** The variables of every paged document. */
type Vars = Op.ExplorerRelationsQueryVariables &
  Op.ExplorerEntitiesQueryVariables &
  Op.ExplorerCommunitiesQueryVariables;

/** Every page of a connection, up to `max` items; `truncated` when more were left. */
async function allPages<T>(
  query: string,
  field: string,
  max: number,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, Page<T>> = await graphql(query, { first: PAGE, after } satisfies Vars);
    const page = data[field];
    if (!page) break;
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { items, truncated: false };
    if (items.length >= max) return { items, truncated: true };
    after = page.pageInfo.endCursor;
  }
  return { items, truncated: false };
}

const RELATIONS = /* GraphQL */ `
  query ExplorerRelations($first: Int, $after: String) {
    relations(first: $first, after: $after) {
      nodes {
        id
        type
        subject {
          id
          name
          kind
        }
        object {
          id
          name
          kind
        }
        claims {
          article {
            publishedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query ExplorerEntities($first: Int, $after: String) {
    entities(first: $first, after: $after) {
      nodes {
        id
        name
        kind
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

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

const NEIGHBOURHOOD = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $hops: Int, $types: [RelationType!]) {
    neighborhood(id: $id, hops: $hops, types: $types) {
      nodes {
        id
        label
        kind
      }
      edges {
        id
        source
        target
        type
        relation {
          claims {
            article {
              publishedAt
            }
          }
        }
      }
    }
  }
`;

export async function fetchNeighbourhood(
  id: string,
  hops: number,
  types: RelationType[],
): Promise<Neighbourhood | null> {
  const data = await graphql<Op.ExplorerNeighbourhoodQuery, Op.ExplorerNeighbourhoodQueryVariables>(
    NEIGHBOURHOOD,
    { id, hops, types },
  );
  return data.neighborhood;
}

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!) {
    search(text: $text, first: 8) {
      score
      entity {
        id
        name
        kind
        aliases
      }
    }
  }
`;

export async function search(text: string): Promise<SearchHit[]> {
  return (await graphql<Op.ExplorerSearchQuery, Op.ExplorerSearchQueryVariables>(SEARCH, { text })).search;
}

const ENTITY = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      aliases
      roles
      description
    }
  }
`;

export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  return (await graphql<Op.ExplorerEntityQuery, Op.ExplorerEntityQueryVariables>(ENTITY, { id })).entity;
}

const RELATION = /* GraphQL */ `
  query ExplorerRelation($id: ID!) {
    relation(id: $id) {
      id
      type
      summary
      modality
      confidence
      cameo
      subject {
        id
        name
        kind
      }
      object {
        id
        name
        kind
      }
      statedBy {
        name
      }
      qualifiers {
        about
        reason
        when
        role
        scope
      }
      claims {
        quote
        position
        article {
          id
          title
          url
          outlet
          publishedAt
        }
        deprecated {
          on
          reason
        }
      }
      deniedBy {
        id
        summary
        subject {
          name
        }
        sources {
          quote
        }
      }
      denies {
        id
        type
        summary
        subject {
          name
        }
        object {
          name
        }
      }
    }
  }
`;

export async function fetchRelation(id: string): Promise<RelationDetails | null> {
  return (await graphql<Op.ExplorerRelationQuery, Op.ExplorerRelationQueryVariables>(RELATION, { id }))
    .relation;
}

const PLUGINS = /* GraphQL */ `
  query ExplorerPlugins {
    stats {
      plugins {
        gds
      }
    }
  }
`;

/** Whether the server has Graph Data Science, which rankings and communities need. */
export async function hasGds(): Promise<boolean> {
  const data = await graphql<Op.ExplorerPluginsQuery, Op.ExplorerPluginsQueryVariables>(PLUGINS, {});
  return data.stats.plugins.gds !== null;
}

const RANKING = /* GraphQL */ `
  query ExplorerRanking($measure: CentralityMeasure!, $types: [RelationType!], $first: Int) {
    ranking(measure: $measure, types: $types, first: $first) {
      rank
      score
      entity {
        id
      }
    }
  }
`;

/** The highest-ranked entities under `measure` over relations of `types` (all when null). */
export async function fetchRanking(
  measure: CentralityMeasure,
  types: RelationType[] | null,
  first: number,
): Promise<Ranked[]> {
  return (
    await graphql<Op.ExplorerRankingQuery, Op.ExplorerRankingQueryVariables>(RANKING, {
      measure,
      types,
      first,
    })
  ).ranking;
}

const COMMUNITIES = /* GraphQL */ `
  query ExplorerCommunities($first: Int, $after: String) {
    entities(first: $first, after: $after) {
      nodes {
        id
        name
        community {
          id
          size
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const COMMUNITY = /* GraphQL */ `
  query ExplorerCommunity($id: ID!) {
    entity(id: $id) {
      id
      name
      community {
        id
        size
      }
    }
  }
`;

/**
 * The community of each of `ids`: the entities' pages up to `max` entities (one computation on
 * the server serves them all), then one by one those beyond.
 */
export async function fetchCommunities(ids: string[], max: number): Promise<Map<string, Membership>> {
  const { items } = await allPages<Membership>(COMMUNITIES, 'entities', max);
  const found = new Map(items.map((m) => [m.id, m]));
  const missing = ids.filter((id) => !found.has(id));
  const more = await Promise.all(
    missing.map(
      async (id) =>
        (await graphql<Op.ExplorerCommunityQuery, Op.ExplorerCommunityQueryVariables>(COMMUNITY, { id }))
          .entity,
    ),
  );
  for (const m of more) if (m) found.set(m.id, m);
  return found;
}
