import { connect } from '../../neo4j/connect.js';
import type { Database } from '../../neo4j/Database.js';
import { startLocalServer } from '../../neo4j/local/LocalServer.js';
import { ProvisionError } from '../../neo4j/ProvisionError.js';
import { query } from '../../neo4j/queryLibrary.js';
import { checkFileSet } from '../checkFileSet.js';
import { FactFileError } from '../Problem.js';
import type { ValidArticle } from '../validateFactFile.js';
import { DB_OPTIONS, type InitialImportOptions } from './initialImportOptions.js';

/** Starts the server, refuses a graph that holds anything or files that do not fit; stops it. */
export async function checkEmptyAndFitting(articles: readonly ValidArticle[], o: InitialImportOptions) {
  const target = await startLocalServer(o.server);
  let db: Database | undefined;
  try {
    db = await connect(target, o.connectWaitMs, o.log, DB_OPTIONS);
    const [shape] = await db.read(query('ingestGraphShape'));
    // Any node at all, not only ours: the import replaces the whole database.
    if (Number(shape?.nodes) > 0)
      throw new ProvisionError(
        `An initial import loads only into an empty graph, and the graph at ${target.uri} holds ` +
          `${shape?.nodes} node(s), ${shape?.entities} of them entities and ${shape?.articles} articles. ` +
          'Nothing was changed: load into it with `newsgraph load` (without --initial).',
      );
    const check = await checkFileSet(db, articles);
    if (check.problems.length > 0) throw new FactFileError(check.problems);
  } finally {
    await db?.close();
    await target.stop();
  }
}
