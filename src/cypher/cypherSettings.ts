/**
 * The settings of `Query.cypher`, read from the environment (src/config/env.ts) at each request,
 * so an operator's NEWSGRAPH_CYPHER=off takes effect without code paths caching an old value.
 */
import { parseEnv } from '../config/env.js';

export interface CypherSettings {
  mode: 'open' | 'key' | 'off';
  timeoutMs: number;
  maxRows: number;
  apiKey: string | undefined;
}

export function cypherSettings(source: NodeJS.ProcessEnv = process.env): CypherSettings {
  const env = parseEnv(source);
  return {
    mode: env.NEWSGRAPH_CYPHER,
    timeoutMs: env.NEWSGRAPH_CYPHER_TIMEOUT_MS,
    maxRows: env.NEWSGRAPH_CYPHER_MAX_ROWS,
    apiKey: env.NEWSGRAPH_API_KEY,
  };
}
