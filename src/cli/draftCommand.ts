/**
 * `newsgraph draft <article.txt>`: a fact-file draft (YAML; --json for entities and suggestions)
 * with the article block, the known entities the text mentions and suggested facts, each marked
 * so that `load` refuses it until accepted (src/curate/README.md). Known entities come from
 * `--entities <file|dir>` when given, else from the graph when one is configured or running
 * (never started for this), else there are none and the draft says so on stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DATE_FORMS, parsePartialDate } from '../domain/partialDate.js';
import { articleIdFrom, buildDraft, draftJson, draftYaml } from '../curate/draft.js';
import { entitiesFromFiles } from '../curate/entitiesFromFiles.js';
import { graphEntities } from '../curate/graphEntities.js';
import type { KnownEntity } from '../curate/mentions.js';
import { cliEnv } from './cliEnv.js';
import { reachableGraph } from '../curate/reachableGraph.js';
import { UserError } from '../errors/UserError.js';

const note = (msg: string) => process.stderr.write(msg + '\n');

interface DraftOptions {
  title?: string;
  outlet?: string;
  published?: string;
  language?: 'de' | 'en';
  id?: string;
  output?: string;
  json?: boolean;
  entities?: string[];
  offline?: boolean;
}

export const draftCommand = new Command('draft')
  .description("draft a fact file for an article's text: known entities it mentions and suggested facts")
  .argument('<article>', 'the article text (UTF-8)')
  .option('--title <title>', 'the title as printed (default: the first line)')
  .option('--outlet <outlet>', 'the outlet')
  .option('--published <date>', 'publication date, YYYY-MM-DD or an ISO date-time with offset', isoDate)
  .option('--language <lang>', 'de or en (default: guessed from the text)', language)
  .option('--id <id>', 'article id (default: from the file name)')
  .option('-o, --output <file>', 'write the draft here instead of stdout')
  .option('--json', 'print { entities, suggestions } as JSON instead of a fact file')
  .option('--entities <paths...>', 'take known entities from these fact files or folders, not the graph')
  .option('--offline', 'do not look for a graph')
  .action(async (article: string, o: DraftOptions) => {
    let text: string;
    try {
      text = await readFile(article, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read the article text ${article}: ${(err as Error).message}`);
    }
    const known = await knownEntities(o);
    // The draft names its text relative to where it is written (the working directory for stdout).
    const base = o.output ? path.dirname(path.resolve(o.output)) : process.cwd();
    const textFile = path.relative(base, path.resolve(article));
    const draft = buildDraft({
      text,
      textFile: textFile.split(path.sep).join('/'),
      id: o.id ?? articleIdFrom(article),
      title: o.title,
      outlet: o.outlet,
      publishedAt: o.published,
      language: o.language,
      entities: known,
    });
    const out = o.json ? draftJson(draft) + '\n' : draftYaml(draft, article);
    if (o.output) await writeFile(o.output, out);
    else process.stdout.write(out);
    note(
      `${draft.entities.length} known entit${draft.entities.length === 1 ? 'y' : 'ies'} mentioned, ` +
        `${draft.suggestions.length} suggested fact${draft.suggestions.length === 1 ? '' : 's'}` +
        (o.json ? '.' : ': accept each by deleting its "suggested:" line after checking it.') +
        (o.output ? ` Written to ${o.output}.` : ''),
    );
  });

async function knownEntities(o: DraftOptions): Promise<KnownEntity[]> {
  if (o.entities) {
    const found = await entitiesFromFiles(o.entities);
    note(`Known entities: ${found.length} from ${o.entities.join(', ')}.`);
    return found;
  }
  const graph = o.offline ? { db: null, why: '--offline' } : await reachableGraph(cliEnv());
  if (!graph.db) {
    note(
      `No known entities (${graph.why}; --entities <fact files> names some offline): no mentions, no suggestions.`,
    );
    return [];
  }
  try {
    const found = await graphEntities(graph.db);
    note(`Known entities: ${found.length} from the graph at ${graph.uri}.`);
    return found;
  } finally {
    await graph.db.close();
  }
}

function isoDate(value: string): string {
  if (parsePartialDate(value)) return value;
  throw new InvalidArgumentError(`not a date: "${value}"; ${DATE_FORMS}`);
}

function language(value: string): 'de' | 'en' {
  if (value === 'de' || value === 'en') return value;
  throw new InvalidArgumentError(`expected de or en; got "${value}"`);
}
