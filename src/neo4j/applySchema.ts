/**
 * Applies cypher/schema.cypher and the statements made from the relation types of src/domain
 * (per type: a unique fact-id constraint and range indexes on the fact's time; the full-text index
 * `fact_text` over every type),
 * each `IF NOT EXISTS`, so applying it again is a no-op. A `fact_text` index left from an older
 * list of types (or properties) is dropped and made anew: `IF NOT EXISTS` would keep it, and
 * facts of the new types would never be found. Waits for the indexes to come online, so the
 * first query after start-up does not plan around an index that is still populating.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FACT_TYPE_UNION } from '../domain/factTypes.js';
import { RELATION_TYPE_NAMES } from '../domain/relationTypes.js';
import type { Database } from './Database.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));

/** The fact properties `fact_text` searches: English summary, qualifiers, German quotes. */
const FACT_TEXT_PROPERTIES = ['summary', 'about', 'reason', 'sourceQuotes'];

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

/**
 * The fact properties that place a fact in time (first report, start of the event), each with a
 * range index per relation type: Neo4j indexes a relationship property for one type at a time.
 */
export const FACT_TIME_INDEXES = { firstReported: 'first_reported', eventFrom: 'event_from' } as const;

/** The per-type constraints and time indexes, and `fact_text`, for the relation types of src/domain. */
function factSchemaStatements(): string[] {
  return [
    ...RELATION_TYPE_NAMES.map(
      (type) =>
        `CREATE CONSTRAINT fact_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    ),
    ...RELATION_TYPE_NAMES.flatMap((type) =>
      Object.entries(FACT_TIME_INDEXES).map(
        ([property, name]) =>
          `CREATE INDEX fact_${name}_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
      ),
    ),
    `CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR ()-[r:${FACT_TYPE_UNION}]-() ` +
      `ON EACH [${FACT_TEXT_PROPERTIES.map((p) => `r.${p}`).join(', ')}] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  ];
}

const sameSet = (a: unknown, b: string[]) =>
  Array.isArray(a) && a.length === b.length && b.every((x) => a.includes(x));

/** Drops `fact_text` if it covers other types or properties than it should; true if dropped. */
export async function dropStaleFactText(db: Database): Promise<boolean> {
  const [index] = await db.read(
    "SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'fact_text' RETURN labelsOrTypes, properties",
    {},
    // Often the first query a just-started server plans: its first answer can take long.
    { timeoutMs: 60_000 },
  );
  if (!index) return false;
  if (sameSet(index.labelsOrTypes, RELATION_TYPE_NAMES) && sameSet(index.properties, FACT_TEXT_PROPERTIES))
    return false;
  await db.schema('DROP INDEX fact_text IF EXISTS');
  return true;
}

/** `awaitSeconds`: how long indexes may take to populate (longer after an initial import). */
export async function applySchema(db: Database, file = SCHEMA_FILE, awaitSeconds = 60): Promise<number> {
  const statements = [...splitStatements(await readFile(file, 'utf8')), ...factSchemaStatements()];
  await dropStaleFactText(db);
  // Indexes first: they populate in the background while each constraint is built and checked
  // in the foreground, so on a loaded graph (an initial import) both cores work. On an empty
  // graph the order changes nothing.
  const isConstraint = (s: string) => /^CREATE\s+CONSTRAINT\b/i.test(s);
  for (const statement of [...statements.filter((s) => !isConstraint(s)), ...statements.filter(isConstraint)])
    await db.schema(statement);
  await db.schema(`CALL db.awaitIndexes(${Math.round(awaitSeconds)})`);
  return statements.length;
}
