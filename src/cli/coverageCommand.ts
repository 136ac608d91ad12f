/**
 * `newsgraph coverage <fact file>`: the article's sentences, each with the facts that quote it,
 * then the sentences no fact covers and how many. (A per-rule acceptance report, `--rules`,
 * needs the workbench's suggestion log and is not here yet.)
 */
import { Command } from 'commander';
import { coverage, formatCoverage } from '../curate/coverage.js';
import { FactFileError } from '../ingest/Problem.js';
import { validateFactFile } from '../ingest/validateFactFile.js';

export const coverageCommand = new Command('coverage')
  .description("list an article's sentences with the facts that quote them, and those no fact covers")
  .argument('<factFile>', 'a fact file (*.facts.json / *.facts.yaml)')
  .action(async (file: string) => {
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
