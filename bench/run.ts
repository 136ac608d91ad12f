/**
 * `npm run bench` — the whole benchmark in one run on one Neo4j (issue 7):
 *   1. ours ÷ driver floor and 2. ours ÷ @neo4j/graphql for four questions (p50, p99, req/s);
 *   3. loader facts/s (`newsgraph load` and `load --initial`) vs a naive loader vs LOAD CSV;
 *   4. latency scaling across corpus sizes;
 *   5. peak RSS of our server under that load.
 * Writes bench/results/latest.{md,json} (full) or bench/results/quick.{md,json} (--quick).
 * --variants adds ablations of our server (bare yoga, graphql-jit) to locate the GraphQL overhead.
 *
 *   npm run bench                        10k, 100k and 1M facts (~50–60 min on 2 cores)
 *   npm run bench -- --quick             10k facts, short runs (< 3 min)
 *   npm run bench -- --sizes 10000,100000 --seconds 10 --rounds 3 --connections 8
 */
// Our app logs every request at info level; benchmark runs (the in-process recording here and
// the servers it starts) log warnings only. Set before any module reads it, hence the dynamic import.
process.env.LOG_LEVEL ??= 'warn';
// The in-process recording uses the app's logger, whose level only an entry point sets.
const { logger } = await import('../src/log/logger.js');
logger.level = process.env.LOG_LEVEL;
await import('./harness/main.js');
