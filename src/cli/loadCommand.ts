/**
 * `newsgraph load <file|dir...>` (`npm run load` loads seed/): checks every fact file, then
 * loads them into the Neo4j newsgraph resolves (NEO4J_URI, or a running local server, or one it
 * starts and stops again). Bad input prints one report — file, path, reason per line — and
 * exits 1 with the graph unchanged.
 */
import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { loadArticles, readFactFiles, type LoadSummary } from '../ingest/loadPath.js';
import { FactFileError } from '../ingest/Problem.js';
import { query } from '../neo4j/queryLibrary.js';
import { withGraph } from './withGraph.js';

const note = (msg: string) => process.stderr.write(msg + '\n');

export const loadCommand = new Command('load')
  .description('validate fact files (or folders of *.facts.json / *.facts.yaml) and load them into Neo4j')
  .argument('<paths...>', 'fact files or folders')
  .action(async (paths: string[]) => {
    // Each file on its own first: a bad file is reported without starting a Neo4j. Checks
    // against the graph (fact ids, denied facts) follow once connected.
    const { articles, problems } = await readFactFiles(paths);
    if (problems.length > 0) throw new FactFileError(problems);
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
          progress: (done, _total, file) => bar?.update(done, { file }),
        });
      } finally {
        bar?.stop();
      }
      const [totals] = await db.read(query('graphStats'));
      process.stdout.write(describe(summary, target.uri) + '\n');
      process.stdout.write(
        `The graph now holds ${totals?.entities} entities, ${totals?.relations} relations and ${totals?.articles} article(s).\n`,
      );
    });
  });

const barFormat = 'Loading [{bar}] {value}/{total} fact files {file}';

function describe(s: LoadSummary, uri: string): string {
  return `Loaded ${s.files} fact file${s.files === 1 ? '' : 's'} into ${uri}: ${s.entities} entities, ${s.facts} facts.`;
}
