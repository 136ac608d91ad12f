/** What Query.stats passes down: the counts; GraphStats.plugins is asked of the server only when selected. */
export interface GraphStatsRecord {
  entities: number;
  relations: number;
  articles: number;
}
