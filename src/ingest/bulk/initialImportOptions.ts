/** What `newsgraph load --initial` is given and gives back (initialImport.ts), and its settings. */
import type { Database } from '../../neo4j/Database.js';
import type { LocalServerOptions } from '../../neo4j/local/LocalServer.js';
import type { Neo4jTarget } from '../../neo4j/Neo4jTarget.js';

export interface InitialImportOptions {
  server: LocalServerOptions;
  /** How long to wait for the server to serve queries after each start. */
  connectWaitMs: number;
  /** Heap of the import tool (default: the server's heap). */
  importHeap?: string;
  log: (msg: string) => void;
}

export interface InitialImportResult {
  /** The server, running, with the imported graph; the caller stops it and closes `db`. */
  target: Neo4jTarget;
  db: Database;
  entities: number;
  articles: number;
  facts: number;
  claims: number;
  /** Seconds per step: check (start, emptiness, file set), files, import, restart, schema. */
  phases: Record<'check' | 'files' | 'import' | 'restart' | 'schema', number>;
}

/** The local server's database (Community Edition has one). */
export const DATABASE = 'neo4j';
/** Its connections: statements as long as index population may take, and no retries. */
export const DB_OPTIONS = { defaultTimeoutMs: 30 * 60_000, maxRetryTimeMs: 0 };
