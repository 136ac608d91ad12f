/**
 * The named queries in cypher/queries/: one `.cypher` file per query, its name the file name.
 * Loaded once at start-up; the API runs exactly these texts, and analysts can run the same
 * files in Neo4j Browser or cypher-shell (each starts with a comment naming its parameters).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const QUERIES_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

function loadAll(dir: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const name = entry.name.slice(0, -'.cypher'.length);
    if (queries.has(name)) throw new Error(`Two queries named ${name} in ${dir}`);
    queries.set(name, readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return queries;
}

const library = loadAll(QUERIES_DIR);

/** The text of the named query; throws at the call site's first use if the file is missing. */
export function query(name: string): string {
  const text = library.get(name);
  if (text === undefined) throw new Error(`No query named ${name} in ${QUERIES_DIR}`);
  return text;
}

export function queryNames(): string[] {
  return [...library.keys()].sort();
}
