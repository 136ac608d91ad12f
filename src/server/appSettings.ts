/**
 * Everything the HTTP app reads from the environment, as one typed value: parsed once by the entry
 * point (src/main.ts; the tests' own helper) and passed to createApp, which hands the access
 * settings to every request's GraphQL context. Nothing below the entry point reads process.env.
 */
import type { Env } from '../config/env.js';
import { cypherSettings } from '../cypher/cypherSettings.js';
import type { AccessSettings } from '../graphql/context.js';
import { cacheSettings, type CacheSettings } from './cache/useResponseCaching.js';
import { queryLimits, type QueryLimits } from './queryLimits.js';

export interface AppSettings {
  /** Query and body limits (SECURITY.md). */
  limits: QueryLimits;
  /** The response cache; `{ ttlMs: 0, … }` turns it off. */
  cache: CacheSettings;
  /** Who may change the graph and how Query.cypher is open. */
  access: AccessSettings;
}

export function appSettings(env: Env): AppSettings {
  return {
    limits: queryLimits(env),
    cache: cacheSettings(env),
    access: { apiKey: env.NEWSGRAPH_API_KEY, cypher: cypherSettings(env) },
  };
}
