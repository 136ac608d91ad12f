/** Small helpers of the hardening tests: POST a GraphQL request to an app (in-process or over HTTP). */

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

export interface GraphQLReply {
  status: number;
  headers: Headers;
  body: GraphQLBody;
  text: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response> | Response;

export async function postGraphQL(
  fetchFn: Fetch,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLReply> {
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphQLBody = {};
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    // not JSON: the test looks at `text`
  }
  return { status: res.status, headers: res.headers, body, text };
}

export const codes = (r: GraphQLReply) => (r.body.errors ?? []).map((e) => e.extensions?.code);
export const messages = (r: GraphQLReply) => (r.body.errors ?? []).map((e) => e.message).join('\n');
