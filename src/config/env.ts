/**
 * The process environment, parsed once and validated with zod. Every setting newsgraph reads
 * is declared here (the README's configuration table mirrors this file); a bad value stops the
 * process at start-up with a message naming the variable, instead of failing later.
 */
import { z } from 'zod';
import { UserError } from '../errors/UserError.js';

const port = z.coerce.number().int().min(0).max(65535);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const envSchema = z.object({
  /** HTTP port of the API and explorer. */
  PORT: port.default(4000),
  /** Interface the API binds to. */
  HOST: z.string().default('127.0.0.1'),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s://, …). When set, no server is started. */
  NEO4J_URI: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Which way to get Neo4j when NEO4J_URI is unset: auto (Docker, then local), docker, local. */
  NEWSGRAPH_NEO4J: z.enum(['auto', 'docker', 'local']).default('auto'),
  /** Folder for the local server's jars, data, logs and password. */
  NEWSGRAPH_HOME: z.string().default('.neo4j'),
  /** Neo4j version of the local server and of the Docker image (5.26 LTS only). */
  NEWSGRAPH_NEO4J_VERSION: z
    .string()
    .regex(/^5\.26\.\d+$/, 'must be a Neo4j 5.26 LTS patch version such as 5.26.31')
    .default('5.26.31'),
  /** Heap and page cache of the local server (Neo4j size syntax: 512m, 2g). */
  NEWSGRAPH_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('512m'),
  NEWSGRAPH_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('256m'),
  /**
   * The most heap one transaction may use on the local server (neo4j.conf's
   * db.memory.transaction.max; SECURITY.md): past it the transaction fails alone — an analyst's
   * query that builds a list of millions of values gets QUERY_TOO_MUCH_MEMORY instead of filling
   * the heap every other query needs. Above what the loader's largest batch uses; 0 for no limit.
   */
  NEWSGRAPH_NEO4J_TX_MEMORY: z
    .string()
    .regex(/^(0|\d+[kmg])$/i, 'must be a Neo4j size such as 300m or 1g, or 0 for no limit')
    .default('300m')
    .transform((v) => (v === '0' ? undefined : v)),
  /**
   * Plugins of the Neo4j that newsgraph starts (src/neo4j/local/plugins.ts; the Docker image's
   * NEO4J_PLUGINS): a comma-separated list of apoc and gds — APOC Core for analysts' Cypher and
   * the APOC GraphML import, Graph Data Science for `ranking` and `Entity.community` — or none.
   * A server named by NEO4J_URI is asked which it has.
   */
  NEWSGRAPH_NEO4J_PLUGINS: z
    .string()
    .regex(
      /^\s*(none|(apoc|gds)(\s*,\s*(apoc|gds))*)\s*$/i,
      'must be none or a comma-separated list of apoc and gds',
    )
    .default('apoc,gds')
    .transform((v) => {
      const names = v
        .toLowerCase()
        .split(',')
        .map((p) => p.trim());
      return [...new Set(names.filter((p): p is 'apoc' | 'gds' => p !== 'none'))].sort();
    }),
  /** Seconds to wait for a started Neo4j to accept Bolt connections. */
  NEWSGRAPH_NEO4J_START_TIMEOUT: z.coerce.number().positive().default(120),
  /** Seconds to keep retrying an unreachable Neo4j at start-up before giving up. */
  NEWSGRAPH_NEO4J_WAIT: z.coerce.number().nonnegative().default(30),
  /** Folder (or file) of fact files loaded at start; empty to load nothing. */
  NEWSGRAPH_SEED: z.string().default('seed'),
  /**
   * Read-only Cypher through GraphQL (`Query.cypher`): open to anyone (the graph is public news
   * facts), key (requires `Authorization: Bearer <NEWSGRAPH_API_KEY>`), or off.
   */
  NEWSGRAPH_CYPHER: z.enum(['open', 'key', 'off']).default('open'),
  /** Transaction timeout of one `Query.cypher` query (ms). */
  NEWSGRAPH_CYPHER_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Row cap of `Query.cypher`; beyond it the answer says `truncated: true`. */
  NEWSGRAPH_CYPHER_MAX_ROWS: z.coerce.number().int().positive().max(100_000).default(1000),
  /**
   * Query.cypher's share of the server (SECURITY.md, "Query.cypher and availability"): the most
   * bytes of rows one answer carries (JSON, UTF-8); how many analyst queries may be under way at
   * once in all — also the size of their own connection pool, apart from the API's — and per
   * client (the socket's address, the last X-Forwarded-For address with NEWSGRAPH_TRUST_PROXY=true,
   * or the API key's holder); past either limit a query gets 429 with Retry-After.
   */
  NEWSGRAPH_CYPHER_MAX_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  NEWSGRAPH_CYPHER_CONCURRENCY: z.coerce.number().int().positive().max(64).default(1),
  NEWSGRAPH_CYPHER_CONCURRENCY_PER_CLIENT: z.coerce.number().int().positive().max(64).default(1),
  NEWSGRAPH_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** The API key that guarded features require as `Authorization: Bearer <key>`. */
  NEWSGRAPH_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  /** Query limits (src/server/queryLimits.ts; SECURITY.md): deepest field nesting a query may have. */
  NEWSGRAPH_MAX_DEPTH: z.coerce.number().int().positive().default(15),
  /** Most aliases in one query. */
  NEWSGRAPH_MAX_ALIASES: z.coerce.number().int().nonnegative().default(15),
  /** Most directives in one query. */
  NEWSGRAPH_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(10),
  /** Most lexical tokens in one query document. */
  NEWSGRAPH_MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  /** Highest estimated cost of one query: rows read (page sizes multiplied) plus 50 per round trip. */
  NEWSGRAPH_MAX_COST: z.coerce.number().int().positive().default(10_000),
  /** Largest request body accepted (bytes); larger ones get 413 before parsing. */
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().positive().default(102_400),
  /**
   * Response cache of public read queries (src/server/cache/): how long an answer may be served
   * again (ms) — the bound on staleness for writes made outside this process. 0 turns it off.
   */
  NEWSGRAPH_CACHE_TTL_MS: z.coerce.number().int().nonnegative().default(2000),
  /** Most answers the response cache holds; the least recently used go first. */
  NEWSGRAPH_CACHE_MAX_ENTRIES: z.coerce.number().int().positive().default(1000),
  /** How long SIGTERM waits for in-flight requests before closing their connections (ms). */
  NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends UserError {
  override name = 'ConfigError';
}

/** Parses `source` (default: process.env); throws a ConfigError naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
}
