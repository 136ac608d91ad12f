/**
 * The query library's files, read as text: every file starts with the header comment (name —
 * what it answers; parameters), names every `$parameter` it uses there, and is indexed in
 * cypher/README.md; analyst files show a `:param` example per parameter and name relationship
 * types only from the closed list; the loader's statements write every property the loader
 * produces, key by key; no file spells out the list of relation types (src/domain holds it).
 * Plus cypher/style.grass as Neo4j Browser parses it, generated from src/domain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/domain/entityKinds.js';
import { claimBatchRows, entityBatchRows } from '../../src/ingest/batchRows.js';
import { articleRow } from '../../src/ingest/graphRows.js';
import { validateFactFile } from '../../src/ingest/validateFactFile.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/relationTypes.js';
import { grassStyle } from '../../src/domain/vocabularyDocs.js';
import { QUERIES_DIR, query } from '../../src/neo4j/queryLibrary.js';
import { parseGrass } from '../cypher/parseGrass.js';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const files = readdirSync(QUERIES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => ({
    file: f,
    name: path.basename(f, '.cypher'),
    folder: path.dirname(f),
    text: readFileSync(path.join(QUERIES_DIR, f), 'utf8'),
  }));

function split(text: string): { header: string; body: string } {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('//'));
  return { header: lines.slice(0, end).join('\n'), body: lines.slice(end).join('\n') };
}

/** `$name`s the statement uses (not `$(…)`, Neo4j's dynamic labels and types). */
const parametersOf = (body: string) => [
  ...new Set([...body.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!)),
];

describe('every query file in cypher/queries/', () => {
  it('exist, in the analyst folder among others', () => {
    expect(files.filter((f) => f.folder === 'analyst').length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s starts with its header comment', (_file, f) => {
    const { header, body } = split(f.text);
    expect(header.split('\n')[0]).toMatch(new RegExp(`^// ${f.name} — \\S.+`));
    expect(header).toMatch(/^\/\/ Parameters: \S/m);
    for (const p of parametersOf(body)) expect(header, `$${p} is not described`).toContain(`$${p}`);
    expect(body.trim()).not.toBe('');
  });

  it('never spells out a list of relation types: {{FACT_TYPES}} or an untyped fact stands for it', () => {
    const cypherFiles = [
      ...files,
      { file: 'schema.cypher', text: readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8') },
    ];
    for (const f of cypherFiles) {
      const code = f.text
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .join('\n');
      for (const [, types] of code.matchAll(/\[\w*:!?([A-Z_|]+)/g)) expect(types, f.file).not.toContain('|');
    }
  });

  it('is indexed in cypher/README.md', () => {
    const readme = readFileSync(path.join(CYPHER_DIR, 'README.md'), 'utf8');
    const missing = files.filter((f) => !readme.includes(`\`${f.name}\``)).map((f) => f.file);
    expect(missing).toEqual([]);
  });
});

// The statements name each property (a map of keys the planner cannot see made it buffer every
// row, Eager), so a property added to graphRows.ts must be added to them too, or it is not written.
describe('the loader statements', () => {
  const text = (name: string) => files.find((f) => f.name === name)!.text;
  const seed = validateFactFile(
    fileURLToPath(new URL('../../seed/000_efa1921cf80bbea2.facts.json', import.meta.url)),
  );

  it('ingestCreateClaims writes every claim property', async () => {
    const { article } = await seed;
    const keys = Object.keys(claimBatchRows([article!])[0]!);
    expect(keys.length).toBeGreaterThan(20);
    const missing = keys.filter(
      (k) => !text('ingestCreateClaims').includes(`c.${k === 'when' ? '`when`' : k}`),
    );
    expect(missing).toEqual([]);
  });

  it('ingestUpsertEntities writes every mention property', async () => {
    const { article } = await seed;
    const keys = Object.keys(entityBatchRows([article!])[0]!.mentions[0]!).filter((k) => k !== 'articleId');
    const missing = keys.filter((k) => !text('ingestUpsertEntities').includes(`m.${k}`));
    expect(missing).toEqual([]);
  });

  it('ingestUpsertArticles writes every article property', async () => {
    const { article } = await seed;
    const keys = Object.keys(articleRow(article!)).filter((k) => k !== 'id');
    const missing = keys.filter((k) => !new RegExp(`\\ba\\.${k} = `).test(text('ingestUpsertArticles')));
    expect(missing).toEqual([]);
  });
});

describe('the per-type query', () => {
  it('ingestFactsOfTypes seeks each relation type of src/domain in its own branch', () => {
    const branches = [...query('ingestFactsOfTypes').matchAll(/MATCH \(s\)-\[r:(\w+) \{id: id\}\]->\(o\)/g)];
    expect(branches.map((m) => m[1])).toEqual(RELATION_TYPE_NAMES);
    expect(query('ingestFactsOfTypes').match(/^\s*UNION ALL$/gm)).toHaveLength(
      RELATION_TYPE_NAMES.length - 1,
    );
  });
});

describe('the analyst queries', () => {
  const analyst = files.filter((f) => f.folder === 'analyst');

  it.each(analyst.map((f) => [f.name, f] as const))('%s shows a :param line for each parameter', (_n, f) => {
    const { header, body } = split(f.text);
    for (const p of parametersOf(body)) expect(header).toMatch(new RegExp(`:param ${p} => \\S`));
  });

  it('name relationship types only from the closed list', () => {
    const allowed = new Set<string>([...RELATION_TYPE_NAMES, 'MENTIONS']);
    for (const f of analyst) {
      const { body } = split(f.text);
      for (const m of body.matchAll(/\[\w*:([A-Z_|]+)/g))
        for (const type of m[1]!.split('|')) expect(allowed, `${f.name}: ${type}`).toContain(type);
    }
  });
});

describe('cypher/style.grass', () => {
  const text = readFileSync(path.join(CYPHER_DIR, 'style.grass'), 'utf8');
  const rules = parseGrass(text);

  it('is generated from src/domain (`npm run docs:types`)', () => {
    expect(text).toBe(grassStyle());
  });

  it('captions entities with their name and relationships with their type', () => {
    expect(rules['node.Entity']?.caption).toBe('{name}');
    expect(rules['relationship']?.caption).toBe('<type>');
  });

  it('gives each entity kind and each relation type its own colour', () => {
    const kindColours = ENTITY_KINDS.map((k) => rules[`node.${k}`]?.color);
    const typeColours = RELATION_TYPE_NAMES.map((t) => rules[`relationship.${t}`]?.color);
    for (const c of [...kindColours, ...typeColours]) expect(c).toMatch(/^#[0-9A-F]{6}$/i);
    expect(new Set(kindColours).size).toBe(ENTITY_KINDS.length);
    expect(new Set(typeColours).size).toBe(RELATION_TYPE_NAMES.length);
    for (const k of ENTITY_KINDS) expect(rules[`node.${k}`]?.caption).toBe('{name}');
  });

  it('has nothing but rules (Browser has no comments: a stray quote would swallow the rest)', () => {
    for (const selector of Object.keys(rules)) expect(selector).toMatch(/^(node|relationship)(\.\w+)?$/);
  });
});
