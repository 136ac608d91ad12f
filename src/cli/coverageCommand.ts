/**
 * `newsgraph coverage <fact file>`: the article's sentences, each with the facts that quote it,
 * then the sentences no fact covers and how many.
 * `newsgraph coverage --rules <log files…>`: each lexicon rule's acceptance rate over the
 * workbench's suggestion logs (`*.curation.json`, src/curate/ruleStats.ts).
 */
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { coverage, formatCoverage } from '../curate/coverage.js';
import { formatRuleStats, readCurationLog, ruleStats } from '../curate/ruleStats.js';
import { UserError } from '../errors/UserError.js';
import { FactFileError } from '../ingest/Problem.js';
import { validateFactFile } from '../ingest/validateFactFile.js';

async function readLog(file: string) {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read the file: ${(err as Error).message}`);
  }
  try {
    return readCurationLog(file, JSON.parse(raw));
  } catch (err) {
    throw new UserError(
      err instanceof SyntaxError ? `${file}: not JSON: ${err.message}` : (err as Error).message,
    );
  }
}

export const coverageCommand = new Command('coverage')
  .description(
    "list an article's sentences with the facts that quote them, and those no fact covers; " +
      "or, with --rules, each suggestion rule's acceptance rate from the workbench's logs",
  )
  .argument('[factFile]', 'a fact file (*.facts.json / *.facts.yaml)')
  .option('--rules <logFiles...>', "the workbench's suggestion logs (*.curation.json)")
  .action(async (file: string | undefined, options: { rules?: string[] }) => {
    if (options.rules) {
      const logs = await Promise.all(options.rules.map(readLog));
      process.stdout.write(formatRuleStats(ruleStats(logs), logs.length));
      return;
    }
    if (!file) throw new UserError('coverage needs a fact file, or --rules with suggestion logs');
    const v = await validateFactFile(file);
    // Facts with problems still show where they are; only an unreadable file stops here.
    if (!v.article) throw new FactFileError(v.problems, 'no coverage');
    const a = v.article;
    process.stdout.write(formatCoverage(coverage(a.text, a.article.language, a.facts)));
    if (v.problems.length > 0)
      process.stderr.write(
        `(the file has ${v.problems.length} problem(s): \`newsgraph check ${file}\` lists them)\n`,
      );
  });
