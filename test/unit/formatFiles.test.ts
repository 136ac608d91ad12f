/**
 * The generated artefacts stay in step with their sources: seed/facts.schema.json with the zod
 * schema, and the ingest queries' type lists with the closed list of relation types.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factFileJsonSchemaText } from '../../src/ingest/factFileJsonSchema.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import { query } from '../../src/neo4j/queryLibrary.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../seed/facts.schema.json', import.meta.url));

describe('the fact file format', () => {
  it('is committed as JSON Schema exactly as `npx newsgraph schema` generates it', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await factFileJsonSchemaText(SCHEMA_FILE));
  });

  it('lists every relation type in the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema.properties.facts.items.properties.type.enum).toEqual(RELATION_TYPE_NAMES);
  });

  it('finds facts by id under every relation type', () => {
    const types = /\[r:([A-Z_|]+)\]/.exec(query('ingestFactsById'))?.[1]?.split('|');
    expect(types).toEqual(RELATION_TYPE_NAMES);
  });
});
