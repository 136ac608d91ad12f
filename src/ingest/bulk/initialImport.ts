/**
 * `newsgraph load --initial`: the first load of a large corpus into the EMPTY graph of the local
 * server (way 3), through `neo4j-admin database import` instead of transactions. Same checks and
 * the same graph as `newsgraph load` (graphRecords.ts computes the rows with the loader's code);
 * about twice as fast at a million facts (2 cores), because the store files are written directly —
 * but only while the server is stopped, which is why it needs the local server and refuses a
 * running one.
 *
 * Steps: start the server, check that its graph is empty and the files fit it (checkFileSet);
 * stop it (a database never created is empty without asking); write the CSVs and import them; start it again, apply the schema, add what the import
 * cannot write (empty lists) and check the counts. If anything after the import fails, the
 * database's files are removed: it was empty before, and it is empty again.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { applySchema, SCHEMA_FILE } from '../../neo4j/applySchema.js';
import { connect } from '../../neo4j/connect.js';
import type { Database } from '../../neo4j/Database.js';
import { importDatabase, removeDatabaseFiles } from '../../neo4j/local/importDatabase.js';
import { jarsDir } from '../../neo4j/local/jars.js';
import {
  localServerState,
  prepareLocalServer,
  startLocalServer,
  type LocalServerOptions,
} from '../../neo4j/local/LocalServer.js';
import type { Neo4jTarget } from '../../neo4j/Neo4jTarget.js';
import { ProvisionError } from '../../neo4j/ProvisionError.js';
import { query } from '../../neo4j/queryLibrary.js';
import { checkFileSet } from '../checkFileSet.js';
import { FactFileError } from '../Problem.js';
import type { ValidArticle } from '../validateFactFile.js';
import { graphRecords, type GraphRecords } from './graphRecords.js';
import { ARRAY_DELIMITER, writeImportFiles } from './writeImportFiles.js';

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
  /** Seconds per step: check (start, emptiness, file set), files, import, restart, schema. */
  phases: Record<'check' | 'files' | 'import' | 'restart' | 'schema', number>;
}

/** The local server's database (Community Edition has one). */
const DATABASE = 'neo4j';
const DB_OPTIONS = { defaultTimeoutMs: 30 * 60_000, maxRetryTimeMs: 0 };

export async function initialImport(
  articles: readonly ValidArticle[],
  o: InitialImportOptions,
): Promise<InitialImportResult> {
  const home = path.resolve(o.server.home);
  const running = await localServerState(home);
  if (running)
    throw new ProvisionError(
      `The local Neo4j of ${home} is running (pid ${running.pid}). An initial import writes its database ` +
        'files, which Neo4j allows only while it is stopped: stop it (`newsgraph neo4j stop`, or end ' +
        '`npm start`) and run the import again. Nothing was changed.',
    );
  const clock = stopwatch();
  if (existsSync(path.join(home, 'data', 'databases', DATABASE))) await checkEmptyAndFitting(articles, o);
  else {
    // The database was never created (a new home, or its files removed): its graph is empty, so
    // there is nothing to ask a server — prepare the home (conf, password) and check the files.
    await prepareLocalServer(o.server);
    const check = await checkFileSet(null, articles);
    if (check.problems.length > 0) throw new FactFileError(check.problems);
  }
  const phases = { check: clock(), files: 0, import: 0, restart: 0, schema: 0 };

  const records = graphRecords(articles);
  const dir = path.join(home, 'import', `initial-import-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    const files = await writeImportFiles(records, dir, new Date());
    phases.files = clock();
    o.log(`Importing ${records.facts.length} facts with neo4j-admin database import (the server is stopped)`);
    await importDatabase({
      home,
      jars: jarsDir(o.server.jarsHome, o.server.version),
      database: DATABASE,
      ...files,
      arrayDelimiter: ARRAY_DELIMITER,
      heap: o.importHeap ?? o.server.heap,
    });
    phases.import = clock();
    return await finish(records, files.emptyLists, o, phases, clock);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts the server, refuses a graph that holds anything or files that do not fit; stops it. */
async function checkEmptyAndFitting(articles: readonly ValidArticle[], o: InitialImportOptions) {
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

/** Restarts the server on the imported store, applies the schema, fills in and checks. */
async function finish(
  records: GraphRecords,
  emptyLists: { entityAliases: string[]; entityRoles: string[] },
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
    await db.write(query('ingestInitialEmptyLists'), {
      noAliases: emptyLists.entityAliases,
      noRoles: emptyLists.entityRoles,
    });
    phases.schema = clock();
    const [shape] = await db.read(query('ingestGraphShape'));
    const expected = {
      entities: records.entities.length,
      articles: records.articles.length,
      mentions: records.mentions.length,
      facts: records.facts.length,
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

function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
}
