/**
 * Applies cypher/schema.cypher: constraints and indexes, each `IF NOT EXISTS`, so applying it
 * again is a no-op. Waits for the indexes to come online, so the first query after start-up
 * does not plan around an index that is still populating.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './Database.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));

/** Statements of a .cypher file: split at `;` that ends a line, comments removed. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

export async function applySchema(db: Database, file = SCHEMA_FILE): Promise<number> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  for (const statement of statements) await db.schema(statement);
  await db.schema('CALL db.awaitIndexes(60)');
  return statements.length;
}
