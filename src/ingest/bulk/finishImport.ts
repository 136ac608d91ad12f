import path from 'node:path';
import { applySchema, SCHEMA_FILE } from '../../neo4j/applySchema.js';
import { connect } from '../../neo4j/connect.js';
import type { Database } from '../../neo4j/Database.js';
import { removeDatabaseFiles } from '../../neo4j/local/importDatabase.js';
import { startLocalServer } from '../../neo4j/local/LocalServer.js';
import { ProvisionError } from '../../neo4j/ProvisionError.js';
import { query } from '../../neo4j/queryLibrary.js';
import { deriveAll } from '../deriveAll.js';
import type { GraphRecords } from './graphRecords.js';
import {
  DATABASE,
  DB_OPTIONS,
  type InitialImportOptions,
  type InitialImportResult,
} from './initialImportOptions.js';

/** Restarts the server on the imported store, applies the schema, fills in and checks. */
export async function finishImport(
  records: GraphRecords,
  o: InitialImportOptions,
  phases: InitialImportResult['phases'],
  clock: () => number,
): Promise<InitialImportResult> {
  const target = await startLocalServer(o.server);
  let db: Database | undefined;
  try {
    db = await connect(target, o.connectWaitMs, o.log, DB_OPTIONS);
    await db.read('RETURN 1 AS ok'); // the database itself is online, not just Bolt
    phases.restart = clock();
    // Constraints and indexes are built from the imported store; waiting for them is part of the load.
    await applySchema(db, SCHEMA_FILE, 3600);
    // The importer wrote claims and mentions; the facts' and entities' values are derived from
    // them by the loader's own rule.
    await deriveAll(db);
    phases.schema = clock();
    const [shape] = await db.read(query('ingestGraphShape'));
    const expected = {
      entities: records.entityIds.length,
      articles: records.articles.length,
      mentions: records.mentions.length,
      facts: records.facts.length,
      claims: records.claims.length,
    };
    for (const [k, v] of Object.entries(expected))
      if (Number(shape?.[k]) !== v)
        throw new Error(`the import wrote ${String(shape?.[k])} ${k}, expected ${v}`);
    return { target, db, ...expected, phases };
  } catch (err) {
    await db?.close();
    await target.stop();
    await removeDatabaseFiles(path.resolve(o.server.home), DATABASE);
    throw new ProvisionError(
      `The initial import failed after writing the store (${(err as Error).message}); its files were ` +
        'removed, so the graph is empty again.',
    );
  }
}
