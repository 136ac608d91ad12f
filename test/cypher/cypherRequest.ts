/** Posts `Query.cypher` to the app in-process (`app.fetch`), the way any GraphQL client does. */
import type { App } from '../../src/server/createApp.js';

export interface CypherAnswer {
  data?: {
    cypher: {
      columns: string[];
      rows: Array<Record<string, unknown>>;
      truncated: boolean;
      truncatedBy: 'ROWS' | 'BYTES' | null;
    };
  } | null;
  errors?: Array<{
    message: string;
    extensions: { code: string; reason?: string; argumentName?: string; [key: string]: unknown };
  }>;
}

const DOCUMENT =
  'query ($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated truncatedBy } }';

export async function cypherRequest(
  app: App,
  query: string,
  params?: unknown,
  headers: Record<string, string> = {},
): Promise<CypherAnswer> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: DOCUMENT, variables: { q: query, p: params ?? null } }),
  });
  return (await res.json()) as CypherAnswer;
}

/** The error code of a refused request (and fails loudly if it was not refused). */
export function errorOf(answer: CypherAnswer): { code: string; reason?: string; message: string } {
  const error = answer.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(answer.data)}`);
  return { code: error.extensions.code, reason: error.extensions.reason, message: error.message };
}
