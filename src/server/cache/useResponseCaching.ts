/**
 * The response cache for hot public reads (@graphql-yoga/plugin-response-cache): a query asked
 * again — the same text, variables and operation name — within NEWSGRAPH_CACHE_TTL_MS is answered
 * from memory before parsing, validation or any Cypher. The `x-newsgraph-cache` response header
 * says `hit` or `miss`; the body is the same either way.
 *
 * Never cached: mutations; `Query.cypher` (it can require the API key, and its settings are read
 * per call, so an answer given to a key holder must never reach anyone else); answers with any
 * error; introspection; anything but the GraphQL endpoint. There is one cache for all clients,
 * which is right because every other field reads the same public graph for everyone.
 *
 * Freshness: every write through this process's Database empties the cache (Services.onGraphWrite),
 * and an answer whose execution overlapped a write is not stored. Writes made elsewhere (Neo4j
 * Browser, another replica) show after at most the TTL. While the circuit is open (Neo4j
 * unreachable) nothing is served from the cache: clients get SERVICE_UNAVAILABLE exactly as
 * without it, in step with /ready.
 */
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Env } from '../../config/env.js';
import type { Services } from '../Services.js';
import { ResponseStore } from './ResponseStore.js';

export const CACHE_HEADER = 'x-newsgraph-cache';
/** The mark the plugin puts on an answer it served from the cache. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

export interface CacheSettings {
  /** How long an answer is served again (ms); 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
}

export function cacheSettings(env: Env): CacheSettings {
  return { ttlMs: env.NEWSGRAPH_CACHE_TTL_MS, maxEntries: env.NEWSGRAPH_CACHE_MAX_ENTRIES };
}

export function useResponseCaching(
  services: Services,
  settings: CacheSettings,
  graphqlPath: string,
  store = new ResponseStore(settings.ttlMs, settings.maxEntries),
): Plugin {
  services.onGraphWrite(() => store.clear());
  /** The store's generation when each execution started (keyed by its GraphQL context). */
  const startedIn = new WeakMap<object, number>();
  const serving = (request: Request) =>
    services.db !== null && !services.circuit.isOpen && new URL(request.url).pathname === graphqlPath;
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          cache: store,
          ttl: settings.ttlMs,
          session: () => null, // public: one cache for every client
          enabled: serving,
          idFields: [], // entities are not tracked: any write empties everything
          ttlPerSchemaCoordinate: { 'Query.cypher': 0 },
          includeExtensionMetadata: false, // the body stays as without the cache
          shouldCacheResult: ({ result }) => !result.errors?.length,
          // Not stored when a write ended while it ran: it may have read the graph before the write.
          onTtl: ({ ttl, context }) => (startedIn.get(context) === store.generation ? ttl : 0),
        }),
      );
    },
    onExecute({ args }) {
      startedIn.set(args.contextValue, store.generation);
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const hit = (result as Record<symbol, unknown>)[SERVED_FROM_CACHE] === true;
      const extensions = result.extensions as { http?: { headers?: Record<string, string> } } | undefined;
      // A copy: the result may be the very object the cache holds.
      setResult({
        ...result,
        extensions: {
          ...extensions,
          http: {
            ...extensions?.http,
            headers: { ...extensions?.http?.headers, [CACHE_HEADER]: hit ? 'hit' : 'miss' },
          },
        },
      });
    },
  };
}
