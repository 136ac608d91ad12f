/** The settings of `Query.cypher`, from the environment the entry point parsed (src/config/env.ts). */
import type { Env } from '../config/env.js';
import type { SlotLimits } from './AnalystSlots.js';

export interface CypherSettings {
  mode: 'open' | 'key' | 'off';
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  slots: SlotLimits;
  /** The client is the last X-Forwarded-For address (set by the proxy in front), not the socket's. */
  trustProxy: boolean;
  apiKey: string | undefined;
}

export function cypherSettings(env: Env): CypherSettings {
  return {
    mode: env.NEWSGRAPH_CYPHER,
    timeoutMs: env.NEWSGRAPH_CYPHER_TIMEOUT_MS,
    maxRows: env.NEWSGRAPH_CYPHER_MAX_ROWS,
    maxBytes: env.NEWSGRAPH_CYPHER_MAX_BYTES,
    slots: {
      overall: env.NEWSGRAPH_CYPHER_CONCURRENCY,
      perClient: env.NEWSGRAPH_CYPHER_CONCURRENCY_PER_CLIENT,
    },
    trustProxy: env.NEWSGRAPH_TRUST_PROXY === 'true',
    apiKey: env.NEWSGRAPH_API_KEY,
  };
}
