/**
 * `newsgraph load --initial`: the first load of a large corpus through neo4j-admin import
 * (src/ingest/bulk/initialImport.ts). It writes the database files of the local server (way 3),
 * so it refuses the other ways rather than importing into a server that npm start would not use.
 */
import { cliEnv } from './cliEnv.js';
import { UserError } from '../errors/UserError.js';
import { initialImport } from '../ingest/bulk/initialImport.js';
import type { ValidArticle } from '../ingest/validateFactFile.js';
import { dockerAvailable } from '../neo4j/dockerAvailable.js';
import { findJava, hasMaven } from '../neo4j/local/java.js';
import { localServerOptions } from '../neo4j/resolveNeo4j.js';

export async function initialLoad(
  articles: readonly ValidArticle[],
  note: (msg: string) => void,
): Promise<string> {
  const env = cliEnv();
  if (env.NEO4J_URI)
    throw new UserError(
      `--initial writes the database files of the local Neo4j, and NEO4J_URI is set (${env.NEO4J_URI}). ` +
        'Load into that server with `newsgraph load` (without --initial), or unset NEO4J_URI.',
    );
  if (env.NEWSGRAPH_NEO4J === 'docker' || (env.NEWSGRAPH_NEO4J === 'auto' && (await dockerAvailable())))
    throw new UserError(
      '--initial imports into the local Neo4j (way 3), but a Docker engine is reachable, so `npm start` ' +
        'would use a fresh Testcontainers Neo4j instead. Set NEWSGRAPH_NEO4J=local for both commands, or ' +
        'load with `newsgraph load` (without --initial).',
    );
  if (!findJava() || !hasMaven()) throw new UserError('--initial needs the local Neo4j: Java 17+ and Maven.');
  const server = localServerOptions(env, { homeName: 'server', wellKnownPorts: true, log: note });
  const r = await initialImport(articles, {
    server,
    connectWaitMs: env.NEWSGRAPH_NEO4J_WAIT * 1000,
    log: note,
  });
  await r.db.close();
  await r.target.stop();
  const p = r.phases;
  const seconds = Object.values(p).reduce((a, b) => a + b, 0);
  return (
    `Imported ${articles.length} fact file${articles.length === 1 ? '' : 's'} into the local Neo4j (${server.home}): ` +
    `${r.entities} entities, ${r.facts} facts, ${r.articles} article(s) in ${seconds.toFixed(1)} s ` +
    `(checks ${p.check.toFixed(1)} s, CSV ${p.files.toFixed(1)} s, neo4j-admin import ${p.import.toFixed(1)} s, ` +
    `restart ${p.restart.toFixed(1)} s, schema ${p.schema.toFixed(1)} s).`
  );
}
