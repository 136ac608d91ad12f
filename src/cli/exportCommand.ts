/**
 * `newsgraph export --format graphml|gexf|cyjs|dot [--center ID --hops N] [--types A,B] [-o FILE]`:
 * the graph, or one entity's neighbourhood, as a file for yEd, Cytoscape, Gephi or Graphviz —
 * the same export as GET /export/graph.<format>. Arguments are checked before Neo4j is touched;
 * the file is written whole (to a temporary file renamed into place) or not at all.
 */
import { existsSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMAT_NAMES } from '../export/exportFormats.js';
import { MAX_HOPS, parseExportRequest } from '../export/exportRequest.js';
import { runExport } from '../export/writeExport.js';
import { UserError } from '../errors/UserError.js';
import { withGraph } from './withGraph.js';

const note = (msg: string) => process.stderr.write(msg + '\n');

interface ExportOptions {
  format: string;
  center?: string;
  hops?: string;
  types?: string;
  ids?: string;
  output?: string;
}

function checkOutput(file: string): string {
  const resolved = path.resolve(file);
  const dir = path.dirname(resolved);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UserError(`Cannot write ${file}: the folder ${dir} does not exist.`);
  if (existsSync(resolved) && statSync(resolved).isDirectory())
    throw new UserError(`Cannot write ${file}: it is a folder; give a file name.`);
  return resolved;
}

async function writeAtomically(file: string, body: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, body, 'utf8');
    await rename(temporary, file);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

export const exportCommand = new Command('export')
  .description('write the graph (or a neighbourhood) as GraphML, GEXF, Cytoscape.js JSON or Graphviz DOT')
  .exitOverride() // usage errors reach src/cli.ts, which exits 2 for them
  .addOption(
    new Option('-f, --format <format>', 'file format').choices(EXPORT_FORMAT_NAMES).makeOptionMandatory(),
  )
  .option('--center <id>', 'entity id: export its neighbourhood instead of the whole graph')
  .option('--hops <n>', `how far from --center, 1 to ${MAX_HOPS} relations (default 1)`)
  .option('--types <types>', 'only relations of these types, comma-separated (e.g. ACCUSES,DENIES)')
  .option('--ids <ids>', 'only these entities (comma-separated ids) and the relations among them')
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .action(async (o: ExportOptions) => {
    const request = parseExportRequest(o);
    const output = o.output === undefined ? undefined : checkOutput(o.output);
    await withGraph(note, async (db) => {
      const result = await runExport(db, request);
      if (output) {
        await writeAtomically(output, result.body);
        note(`Wrote ${result.nodes} entities and ${result.edges} relations to ${output}.`);
      } else process.stdout.write(result.body);
    });
  });
