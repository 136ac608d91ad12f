/**
 * `npm run docs:types`: rewrites the texts generated from the vocabulary (vocabularyDocs.ts) —
 * the type table in src/ingest/README.md, the `{{FACT_TYPES}}` union in cypher/README.md,
 * cypher/style.grass and the `RelationType` enum of schema.graphql (run `npm run codegen` after) — after a relation type or entity kind was added or changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  factTypeUnionBlock,
  graphqlMarkers,
  grassStyle,
  markdownMarkers,
  relationTypeEnum,
  relationTypeTable,
  replaceBetweenMarkers,
} from './vocabularyDocs.js';

export const GENERATED_FILES = {
  ingestReadme: fileURLToPath(new URL('../ingest/README.md', import.meta.url)),
  cypherReadme: fileURLToPath(new URL('../../cypher/README.md', import.meta.url)),
  grass: fileURLToPath(new URL('../../cypher/style.grass', import.meta.url)),
  graphqlSchema: fileURLToPath(new URL('../../schema.graphql', import.meta.url)),
};

function rewrite(file: string, make: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = make(before);
  if (after !== before) writeFileSync(file, after);
  process.stderr.write(`${after === before ? 'Unchanged' : 'Wrote'} ${file}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  type Markers = (name: string) => readonly [string, string];
  const between =
    (name: string, content: string, markers: Markers = markdownMarkers) =>
    (t: string) =>
      replaceBetweenMarkers(t, markers(name), content);
  rewrite(GENERATED_FILES.ingestReadme, between('relation-types', relationTypeTable()));
  rewrite(GENERATED_FILES.cypherReadme, between('fact-types', factTypeUnionBlock()));
  rewrite(GENERATED_FILES.graphqlSchema, between('relation-type-enum', relationTypeEnum(), graphqlMarkers));
  rewrite(GENERATED_FILES.grass, () => grassStyle());
}
