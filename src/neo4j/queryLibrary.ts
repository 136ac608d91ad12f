/**
 * The named queries in cypher/queries/: one `.cypher` file per query, its name the file name.
 * Loaded once at start-up; the API runs exactly these texts, and analysts can run the same
 * files in Neo4j Browser or cypher-shell (each starts with a comment naming its parameters).
 *
 * Where a query means "any fact", it writes `{{FACT_TYPES}}`, and where it needs one line per
 * relation type, a (non-comment) line with `{{FACT_TYPE}}`; loading fills both in from src/domain (the union of
 * every type; one copy of the line per type, joined by UNION ALL). Naming the types, rather than
 * matching any relationship, lets the planner seek each type's fact-id index, and filling them in
 * here keeps the list in one place (cypher/README.md shows the expanded union).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACT_TYPE_UNION, FACT_TYPES_PLACEHOLDER } from '../domain/factTypes.js';
import { RELATION_TYPE_NAMES } from '../domain/relationTypes.js';

export const QUERIES_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

const FACT_TYPE_PLACEHOLDER = '{{FACT_TYPE}}';

/** The query text as it runs: the placeholders replaced by the relation types of src/domain. */
export function expandFactTypes(text: string, file = 'query'): string {
  const isComment = (line: string) => line.trimStart().startsWith('//');
  const lines = text.split('\n').flatMap((line) => {
    if (isComment(line)) return [line];
    const unknown = /\{\{(?!FACT_TYPES?\}\})[^}]*\}\}/.exec(line);
    if (unknown) throw new Error(`Unknown placeholder ${unknown[0]} in ${file}`);
    if (!line.includes(FACT_TYPE_PLACEHOLDER))
      return [line.replaceAll(FACT_TYPES_PLACEHOLDER, FACT_TYPE_UNION)];
    const indent = /^\s*/.exec(line)![0];
    return RELATION_TYPE_NAMES.flatMap((type, i) => [
      ...(i === 0 ? [] : [`${indent}UNION ALL`]),
      line.replaceAll(FACT_TYPE_PLACEHOLDER, type),
    ]);
  });
  return lines.join('\n');
}

function loadAll(dir: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const name = entry.name.slice(0, -'.cypher'.length);
    if (queries.has(name)) throw new Error(`Two queries named ${name} in ${dir}`);
    const file = path.join(entry.parentPath, entry.name);
    queries.set(name, expandFactTypes(readFileSync(file, 'utf8'), file));
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
