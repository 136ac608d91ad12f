/** Where the Neo4j that newsgraph talks to is, and how it was found. */
export type ResolutionWay = 'env' | 'testcontainers' | 'local';

export interface Neo4jTarget {
  way: ResolutionWay;
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Neo4j Browser, where the server serves one. */
  browserUrl?: string;
  /** True when this process started the server (and so stops it). */
  owned: boolean;
  /** Stops the server if this process started it; otherwise does nothing. Safe to call twice. */
  stop(): Promise<void>;
}
