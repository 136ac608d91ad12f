/**
 * `newsgraph check <file|dir...>`: everything `load` checks, writing nothing. Against the graph
 * when one is configured (NEO4J_URI) or already running locally — fact ids used with other ends
 * by other articles, denied facts, "did you mean" from the graph's entities, and notes on
 * entities and articles the load would change; it never starts a Neo4j. Without one, the file
 * checks only, and the output says so. Exit 0 when clean, 1 with every problem listed.
 */
import { Command } from 'commander';
import { addGraphHints, graphNotes } from '../curate/graphNotes.js';
import { graphEntities } from '../curate/graphEntities.js';
import { cliEnv } from './cliEnv.js';
import { reachableGraph, type Reachable } from '../curate/reachableGraph.js';
import { checkFileSet } from '../ingest/checkFileSet.js';
import { readFactFiles } from '../ingest/loadPath.js';
import { FactFileError } from '../ingest/Problem.js';
import type { ValidArticle } from '../ingest/validateFactFile.js';

const say = (line: string) => process.stdout.write(line + '\n');

export const checkCommand = new Command('check')
  .description('check fact files (or folders of them) as load would, without writing anything')
  .argument('<paths...>', 'fact files or folders')
  .option('--offline', 'check the files only, even when a Neo4j is reachable')
  .action(async (paths: string[], o: { offline?: boolean }) => {
    const { articles, problems } = await readFactFiles(paths);
    const graph: Reachable = o.offline ? { db: null, why: '--offline' } : await reachableGraph(cliEnv());
    const notes: string[] = [];
    try {
      if (graph.db) {
        say(`Checking against the graph at ${graph.uri}.`);
        const set = await checkFileSet(graph.db, articles);
        problems.push(...set.problems);
        const entities = await graphEntities(graph.db);
        addGraphHints(problems, entities);
        notes.push(...graphNotes(articles, entities, set.articlesInGraph));
      } else {
        say(
          `No graph to check against (${graph.why}): file checks only — fact ids used by articles in the ` +
            'graph and denied facts that are not in these files are not checked.',
        );
        const offline = withoutOutsideDenials(articles);
        problems.push(...(await checkFileSet(null, offline.articles)).problems);
        notes.push(...offline.notes);
      }
    } finally {
      await graph.db?.close();
    }
    for (const n of notes) say(`note: ${n}`);
    if (problems.length > 0) throw new FactFileError(problems, 'nothing was written (check only)');
    const files = articles.length;
    say(`${files} fact file${files === 1 ? '' : 's'} checked: no problems.`);
  });

/** Offline, a denied id that none of the files defines may well be in the graph: a note, not a problem. */
function withoutOutsideDenials(articles: readonly ValidArticle[]) {
  const defined = new Set(articles.flatMap((a) => a.facts.map((f) => f.id)));
  const notes: string[] = [];
  const kept = articles.map((a) => {
    for (const d of a.externalDenies)
      if (!defined.has(d.id))
        notes.push(`${a.file}: ${d.path}: "${d.id}" is not in these files (not checked against a graph)`);
    return { ...a, externalDenies: a.externalDenies.filter((d) => defined.has(d.id)) };
  });
  return { articles: kept, notes };
}
