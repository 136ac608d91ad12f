/**
 * `newsgraph schema [-o file]`: the fact file format as JSON Schema, generated from the zod
 * schema (src/ingest/factFile.ts). `npx newsgraph schema -o seed/facts.schema.json` refreshes the
 * file the seed names in `$schema`.
 */
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { factFileJsonSchemaText } from '../ingest/factFileJsonSchema.js';

export const schemaCommand = new Command('schema')
  .description('print the fact file format as JSON Schema (or write it with -o)')
  .option('-o, --output <file>', 'write to this file instead of stdout')
  .action(async (o: { output?: string }) => {
    const text = await factFileJsonSchemaText(o.output);
    if (!o.output) {
      process.stdout.write(text);
      return;
    }
    await writeFile(o.output, text);
    process.stderr.write(`Wrote ${o.output}\n`);
  });
