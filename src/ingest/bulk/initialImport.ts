/**
 * `newsgraph load --initial`: the first load of a large corpus into the EMPTY graph of the local
 * server (way 3), through `neo4j-admin database import` instead of transactions. Same checks and
 * the same graph as `newsgraph load` (graphRecords.ts computes the rows with the loader's code);
 * about twice as fast at a million facts (2 cores), because the store files are written directly —
 * but only while the server is stopped, which is why it needs the local server and refuses a
 * running one.
 *
 * Steps: start the server, check that its graph is empty and the files fit it (checkFileSet),
 * stop it (checkEmptyAndFitting.ts; a database never created is empty without asking); write the
 * CSVs and import them; start it again, apply the schema, add what the import cannot write (empty
 * lists) and check the counts (finishImport.ts). If anything after the import fails, the
 * database's files are removed: it was empty before, and it is empty again.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { importDatabase } from '../../neo4j/local/importDatabase.js';
import { jarsDir } from '../../neo4j/local/jars.js';
import { localServerState, prepareLocalServer } from '../../neo4j/local/LocalServer.js';
import { ProvisionError } from '../../neo4j/ProvisionError.js';
import { checkFileSet } from '../checkFileSet.js';
import { FactFileError } from '../Problem.js';
import type { ValidArticle } from '../validateFactFile.js';
import { checkEmptyAndFitting } from './checkEmptyAndFitting.js';
import { finishImport } from './finishImport.js';
import { graphRecords } from './graphRecords.js';
import { DATABASE, type InitialImportOptions, type InitialImportResult } from './initialImportOptions.js';
import { ARRAY_DELIMITER, writeImportFiles } from './writeImportFiles.js';

export type { InitialImportOptions, InitialImportResult } from './initialImportOptions.js';

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
    return await finishImport(records, o, phases, clock);
  } finally {
    await rm(dir, { recursive: true, force: true });
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
