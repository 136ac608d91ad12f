/**
 * The fact file format as JSON Schema (draft 2020-12), for editors: `npx newsgraph schema` writes
 * it to seed/facts.schema.json, which fact files name in `$schema`. Generated from the zod schema
 * (the definition), so the two cannot drift; a test compares the committed file with this.
 */
import { z } from 'zod';
import { FORMAT, factFileSchema } from './factFile.js';

type JsonObject = Record<string, unknown>;

export function factFileJsonSchema(): JsonObject {
  // io 'input': fields with defaults (aliases, roles, qualifiers) are optional in a file.
  const schema = z.toJSONSchema(factFileSchema, { io: 'input' }) as JsonObject;
  // zod refinements are not representable; say "exactly one of text / textFile" in JSON Schema.
  const article = (schema.properties as Record<string, JsonObject>).article!;
  article.oneOf = [{ required: ['text'] }, { required: ['textFile'] }];
  return {
    $schema: schema.$schema,
    title: `newsgraph fact file (${FORMAT})`,
    description: 'One article, the entities it names and the facts it states. See src/ingest/README.md.',
    ...schema,
  };
}

/**
 * The file text. Formatted by prettier with the project's settings when prettier is installed (a
 * dev dependency), so the committed file passes `prettier --check`; plain JSON otherwise.
 */
export async function factFileJsonSchemaText(file = 'facts.schema.json'): Promise<string> {
  const json = JSON.stringify(factFileJsonSchema(), null, 2) + '\n';
  const prettier = await import('prettier').catch(() => null);
  if (!prettier) return json;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(json, { ...options, filepath: file });
}
