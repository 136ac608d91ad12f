/**
 * The newsgraph command line (`npx newsgraph …`, `npm run cli -- …`). One subcommand per file in
 * src/cli/; known failures print one clear line and exit 1.
 */
import { Command, CommanderError } from 'commander';
import { exitWith } from './errors/exitWith.js';
import { neo4jCommand } from './cli/neo4jCommand.js';
import { loadCommand } from './cli/loadCommand.js';
import { schemaCommand } from './cli/schemaCommand.js';
import { exportCommand } from './cli/exportCommand.js';
import { checkCommand } from './cli/checkCommand.js';
import { draftCommand } from './cli/draftCommand.js';
import { coverageCommand } from './cli/coverageCommand.js';
import { entitiesCommand } from './cli/entitiesCommand.js';

const program = new Command('newsgraph')
  .description('newsgraph: news facts as a Neo4j knowledge graph with provenance')
  .showHelpAfterError()
  .exitOverride();

program.addCommand(neo4jCommand);
program.addCommand(loadCommand);
program.addCommand(schemaCommand);
program.addCommand(exportCommand);
program.addCommand(checkCommand);
program.addCommand(draftCommand);
program.addCommand(coverageCommand);
program.addCommand(entitiesCommand);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  exitWith(err);
}
