/**
 * `newsgraph load <file|dir...>` (`npm run load` loads seed/): checks every fact file, then
 * loads them into the Neo4j newsgraph resolves (NEO4J_URI, or a running local server, or one it
 * starts and stops again). Bad input prints one report — file, path, reason per line — and
 * exits 1 with the graph unchanged.
 */
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { BATCH_FACTS, loadArticles, readFactFiles, type LoadSummary } from '../ingest/loadPath.js';
import { FactFileError } from '../ingest/Problem.js';
import { findFactFiles } from '../ingest/findFactFiles.js';
import { factFileBytes, heapProblem } from '../ingest/heapForLoad.js';
import { query } from '../neo4j/queryLibrary.js';
import { initialLoad } from './initialLoad.js';
import { withGraph } from './withGraph.js';
import { UserError } from '../errors/UserError.js';

const note = (msg: string) => process.stderr.write(msg + '\n');

export const loadCommand = new Command('load')
  .description('validate fact files (or folders of *.facts.json / *.facts.yaml) and load them into Neo4j')
  .argument('<paths...>', 'fact files or folders')
  .option(
    '--batch-facts <n>',
    `facts per transaction, in whole articles (default ${BATCH_FACTS}; 1: one article per transaction)`,
    positiveInteger,
  )
  .option(
    '--initial',
    'first load into an EMPTY local Neo4j: stops it, writes its store with neo4j-admin database import ' +
      '(about twice as fast at a million facts), starts it again; refuses a graph that holds anything',
  )
  .action(async (paths: string[], options: { batchFacts?: number; initial?: boolean }) => {
    // Each file on its own first: a bad file is reported without starting a Neo4j. Checks
    // against the graph (fact ids, denied facts) follow once connected.
    const found = await findFactFiles(paths);
    const mode = options.initial ? 'initial' : 'load';
    const tooLarge = heapProblem({ bytes: await factFileBytes(found.files), mode });
    if (tooLarge) throw new UserError(tooLarge);
    const { articles, problems } = await readFactFiles(found);
    if (problems.length > 0) throw new FactFileError(problems);
    if (options.initial) {
      if (options.batchFacts !== undefined)
        throw new UserError(
          '--batch-facts sets the size of transactions, and --initial uses none: give one of the two.',
        );
      process.stdout.write((await initialLoad(articles, note)) + '\n');
      return;
    }
    await withGraph(note, async (db, target) => {
      // A bar for many files on a terminal; otherwise (one file, a log file, CI) a line per file.
      const bar =
        articles.length > 1 && process.stderr.isTTY
          ? new SingleBar({ stream: process.stderr, format: barFormat })
          : null;
      bar?.start(articles.length, 0, { file: '' });
      let summary: LoadSummary;
      try {
        summary = await loadArticles(db, articles, {
          log: bar ? undefined : note,
          batchFacts: options.batchFacts,
          progress: (done, _total, file) => bar?.update(done, { file }),
        });
      } finally {
        bar?.stop();
      }
      for (const c of summary.conflicts) note(`Note: ${c}`);
      const [totals] = await db.read(query('graphStats'));
      process.stdout.write(describe(summary, target.uri) + '\n');
      process.stdout.write(
        `The graph now holds ${totals?.entities} entities, ${totals?.relations} relations and ${totals?.articles} article(s).\n`,
      );
    });
  });

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of facts, 1 or more; got "${value}"`);
  return n;
}

const barFormat = 'Loading [{bar}] {value}/{total} fact files {file}';

function describe(s: LoadSummary, uri: string): string {
  return `Loaded ${s.files} fact file${s.files === 1 ? '' : 's'} into ${uri}: ${s.entities} entities, ${s.facts} facts.`;
}
