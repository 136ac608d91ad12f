/**
 * `newsgraph entities find <text>`: the entities of the graph whose name or alias matches, with
 * their ids, kinds and aliases — the ids to reuse in a fact file (`{ "id": "deepseek" }`) instead
 * of defining an entity again. Runs the analysts' own query (entitiesByAlias: full-text, case
 * and diacritics folded); the words are matched as words, never as Lucene syntax.
 */
import { Command, InvalidArgumentError } from 'commander';
import { luceneQuery, MAX_SEARCH_TEXT } from '../graphql/search/luceneQuery.js';
import { query } from '../neo4j/queryLibrary.js';
import { withGraph } from './withGraph.js';

const note = (msg: string) => process.stderr.write(`${msg}\n`);

function searchText(value: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_SEARCH_TEXT)
    throw new InvalidArgumentError(`expected 1 to ${MAX_SEARCH_TEXT} characters of a name or alias`);
  return text;
}

const find = new Command('find')
  .description('print the entities whose name or alias matches, with id, kind and aliases')
  .argument('<text>', 'a name or alias, German or English (e.g. "Weißes Haus")', searchText)
  .option('--json', 'print the matches as JSON')
  .action(async (text: string, o: { json?: boolean }) => {
    await withGraph(note, async (db) => {
      const rows = await db.read(query('entitiesByAlias'), { text: luceneQuery(text) });
      const found = rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        kind: String(r.kind),
        aliases: (r.aliases as string[] | null) ?? [],
      }));
      if (o.json) process.stdout.write(JSON.stringify(found, null, 2) + '\n');
      else if (found.length === 0) process.stdout.write(`No entity matches "${text}".\n`);
      else
        for (const e of found)
          process.stdout.write(`${e.id}\t${e.name} (${e.kind})\taliases: ${e.aliases.join(', ') || '—'}\n`);
    });
  });

export const entitiesCommand = new Command('entities')
  .description('look up the entities already in the graph, to refer to them by id')
  .addCommand(find);
