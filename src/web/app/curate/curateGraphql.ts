/**
 * What the workbench asks of the GraphQL API at /graphql: the graph's entities (for mentions and
 * suggestions), entity search (for autocomplete), an article with its facts (to edit it), and
 * `ingestArticle` (to load the fact file, with the API key). Each document carries the GraphQL
 * comment marker so graphql-codegen types it (../generated/operations.ts).
 */
import type * as Op from '../generated/operations.js';

export type GraphEntity = Op.CurateEntitiesQuery['entities']['nodes'][number];
export type GraphArticle = NonNullable<Op.CurateArticleQuery['article']>;
export type GraphFact = GraphArticle['facts']['nodes'][number];
export type IngestResult = Op.CurateIngestMutation['ingestArticle'];

export class ApiError extends Error {
  constructor(
    message: string,
    readonly problems: Array<{ path: string; reason: string }> = [],
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; problems?: Array<{ path: string; reason: string }> };
  }>;
}

async function graphql<T>(query: string, variables: Record<string, unknown>, apiKey?: string): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLAnswer<T>;
  try {
    body = (await res.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiError(`The API answered ${res.status} without JSON.`);
  }
  if (body.errors?.length)
    throw new ApiError(
      body.errors
        .map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message))
        .join('; '),
      body.errors.flatMap((e) => e.extensions?.problems ?? []),
    );
  if (!body.data) throw new ApiError(`The API answered ${res.status} without data.`);
  return body.data;
}

const ENTITY = /* GraphQL */ `
  fragment CurateEntity on Entity {
    id
    name
    kind
    aliases
  }
`;

const ENTITIES = /* GraphQL */ `
  query CurateEntities($first: Int, $after: String) {
    entities(first: $first, after: $after) {
      nodes {
        ...CurateEntity
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ENTITY}
`;

/** The graph's entities, up to `max` (sorted by name; mentions of the rest are not highlighted). */
export async function fetchGraphEntities(
  max: number,
): Promise<{ entities: GraphEntity[]; truncated: boolean }> {
  const entities: GraphEntity[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Op.CurateEntitiesQuery = await graphql(ENTITIES, {
      first: 100,
      after,
    } satisfies Op.CurateEntitiesQueryVariables);
    entities.push(...data.entities.nodes);
    if (!data.entities.pageInfo.hasNextPage) return { entities, truncated: false };
    if (entities.length >= max) return { entities, truncated: true };
    after = data.entities.pageInfo.endCursor;
  }
}

const SEARCH = /* GraphQL */ `
  query CurateSearch($text: String!) {
    search(text: $text, first: 8) {
      entity {
        ...CurateEntity
      }
    }
  }
  ${ENTITY}
`;

export async function searchGraphEntities(text: string): Promise<GraphEntity[]> {
  const data: Op.CurateSearchQuery = await graphql(SEARCH, { text } satisfies Op.CurateSearchQueryVariables);
  return data.search.map((h) => h.entity);
}

const ARTICLE = /* GraphQL */ `
  query CurateArticle($id: ID!, $after: String) {
    article(id: $id) {
      id
      title
      language
      outlet
      author
      publishedAt
      url
      text
      entities {
        ...CurateEntity
      }
      facts(first: 100, after: $after) {
        nodes {
          id
          type
          summary
          modality
          confidence
          subject {
            ...CurateEntity
          }
          object {
            ...CurateEntity
          }
          statedBy {
            ...CurateEntity
          }
          qualifiers {
            about
            reason
            when
            role
            scope
          }
          claims {
            article {
              id
            }
            quote
            summary
            modality
            confidence
            statedBy {
              ...CurateEntity
            }
            qualifiers {
              about
              reason
              when
              role
              scope
            }
          }
          denies {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${ENTITY}
`;

/** The article with every fact it states, or null when the graph has no such article. */
export async function fetchArticle(
  id: string,
): Promise<{ article: GraphArticle; facts: GraphFact[] } | null> {
  const facts: GraphFact[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Op.CurateArticleQuery = await graphql(ARTICLE, {
      id,
      after,
    } satisfies Op.CurateArticleQueryVariables);
    if (!data.article) return null;
    facts.push(...data.article.facts.nodes);
    if (!data.article.facts.pageInfo.hasNextPage) return { article: data.article, facts };
    after = data.article.facts.pageInfo.endCursor;
  }
}

const INGEST = /* GraphQL */ `
  mutation CurateIngest($factFile: JSON!) {
    ingestArticle(factFile: $factFile) {
      articleId
      entities
      facts
      deletedFacts
      deletedEntities
    }
  }
`;

export async function ingest(factFile: unknown, apiKey: string): Promise<IngestResult> {
  const data: Op.CurateIngestMutation = await graphql(
    INGEST,
    { factFile } satisfies Op.CurateIngestMutationVariables,
    apiKey,
  );
  return data.ingestArticle;
}

/** A problem of the loader's check, as the page lists it. */
export interface CheckProblem {
  path: string;
  reason: string;
  item?: string;
  hints?: string[];
}
