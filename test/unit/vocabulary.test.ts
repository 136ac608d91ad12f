/**
 * The vocabulary in src/domain: today's relation types unchanged, every CAMEO root category
 * covered, the types a second real article needed, a complete descriptor per type (CAMEO, PLOVER
 * or the reason for none, examples, a colour of its own), the texts generated from it current,
 * and the query library's placeholders filled in from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAMEO_ROOTS, cameoRootOf } from '../../src/domain/cameo.js';
import { ENTITY_KIND_DESCRIPTORS, ENTITY_KINDS } from '../../src/domain/entityKinds.js';
import { PLOVER_EVENT_TYPES } from '../../src/domain/plover.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES, relationCameoRoot } from '../../src/domain/relationTypes.js';
import {
  factTypeUnionBlock,
  graphqlMarkers,
  markdownMarkers,
  relationTypeEnum,
  relationTypeTable,
} from '../../src/domain/vocabularyDocs.js';
import { GENERATED_FILES } from '../../src/domain/writeVocabularyDocs.js';
import { expandFactTypes } from '../../src/neo4j/queryLibrary.js';

/** The 14 types the seed uses, as they were before the vocabulary grew: they must not change. */
const TODAY = {
  ACCUSES: ['The subject accuses the object of wrongdoing.', 'accuser → accused', '112'],
  INVESTIGATES: [
    'The subject investigates or reviews the object, or a matter concerning it.',
    'investigator → investigated',
    '090',
  ],
  BANS: [
    'The subject forbids the use of the object (for its own people or in its domain).',
    'banning party → banned thing',
    '172',
  ],
  RESTRICTS: [
    'The subject limits something of or towards the object without banning it outright.',
    'restricting party → restricted party or thing',
    '163',
  ],
  DENIES: [
    'The subject rejects an accusation or claim made by the object; the fact names the facts it denies.',
    'denying party → party whose claim is denied',
    '016',
  ],
  REPORTS: [
    'The subject reports something that happened to or concerns the object.',
    'reporter → subject of the report',
    '010',
  ],
  COMMENTS_ON: [
    'The subject publicly characterises or comments on the object.',
    'speaker → thing commented on',
    '010',
  ],
  ATTACKS: ['The subject attacks the object (including cyberattacks).', 'attacker → attacked', '176'],
  INVESTS_IN: ['The subject is an investor in the object.', 'investor → investee', '061'],
  DEVELOPS: ['The subject develops or makes the object (a product or system).', 'developer → product', null],
  COMPETES_WITH: ['The subject competes with the object in a market.', 'challenger → incumbent', null],
  USES: ['The subject uses the object (a technique, data or product).', 'user → thing used', null],
  HOLDS_POSITION: [
    'The subject (a person) holds a position in or for the object; the role is a qualifier.',
    'person → organisation',
    null,
  ],
  PART_OF: ['The subject belongs to, or is controlled by, the object.', 'part → whole', null],
};

const between = (file: string, [start, end]: readonly [string, string]) => {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf(start) + start.length + 1, text.indexOf(end) - 1);
};

describe('the relation types', () => {
  it("keep today's 14 types first, with their names, meanings, directions and CAMEO codes", () => {
    expect(
      Object.fromEntries(
        RELATION_TYPE_NAMES.slice(0, 14).map((t) => [
          t,
          [RELATION_TYPES[t].meaning, RELATION_TYPES[t].direction, RELATION_TYPES[t].cameo],
        ]),
      ),
    ).toEqual(TODAY);
  });

  it('cover every one of the 20 CAMEO root categories', () => {
    const covered = new Set(RELATION_TYPE_NAMES.map(relationCameoRoot));
    expect(Object.keys(CAMEO_ROOTS).filter((root) => !covered.has(root as never))).toEqual([]);
  });

  it('can say what the data-protection article said: demand, request, order, warn, criticise, comply', () => {
    for (const type of ['DEMANDS', 'APPEALS_TO', 'ORDERS', 'WARNS', 'CRITICISES', 'COMPLIES_WITH'])
      expect(RELATION_TYPE_NAMES).toContain(type);
  });

  it.each(RELATION_TYPE_NAMES.map((t) => [t, RELATION_TYPES[t]] as const))(
    '%s is described in full',
    (name, t) => {
      expect(name).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(t.meaning).toMatch(/^The subject\b.+\.$/);
      expect(t.direction).toContain('→');
      // A CAMEO code has its name and a root category; a standing relation has neither.
      expect(t.cameoName === null).toBe(t.cameo === null);
      if (t.cameo !== null) expect(t.cameo).toMatch(/^\d{3,4}$/);
      expect(relationCameoRoot(name)).toBe(cameoRootOf(t.cameo));
      // A PLOVER event, or the reason there is none.
      if (t.plover === null) expect(t.ploverNote).toMatch(/\S/);
      else expect(PLOVER_EVENT_TYPES).toContain(t.plover.event);
      expect(t.examples.de.length).toBeGreaterThan(0);
      expect(t.examples.en.length).toBeGreaterThan(0);
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
    },
  );

  it('have a colour each, and so do the entity kinds', () => {
    const types = RELATION_TYPE_NAMES.map((t) => RELATION_TYPES[t].color);
    expect(new Set(types).size).toBe(types.length);
    const kinds = ENTITY_KINDS.map((k) => ENTITY_KIND_DESCRIPTORS[k].color);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});

describe('the texts generated from the vocabulary (`npm run docs:types`)', () => {
  it('src/ingest/README.md has the current table of relation types', () => {
    expect(between(GENERATED_FILES.ingestReadme, markdownMarkers('relation-types'))).toBe(
      relationTypeTable(),
    );
  });

  it('cypher/README.md shows the union {{FACT_TYPES}} stands for', () => {
    expect(between(GENERATED_FILES.cypherReadme, markdownMarkers('fact-types'))).toBe(factTypeUnionBlock());
  });

  it('schema.graphql has the current RelationType enum', () => {
    expect(between(GENERATED_FILES.graphqlSchema, graphqlMarkers('relation-type-enum'))).toBe(
      relationTypeEnum(),
    );
  });

  it('the table lists every type with its CAMEO and PLOVER codes', () => {
    const table = relationTypeTable();
    expect(table.split('\n')).toHaveLength(RELATION_TYPE_NAMES.length + 2);
    expect(table).toContain(
      '| `ACCUSES` | The subject accuses the object of wrongdoing. | accuser → accused | 112 Accuse',
    );
    expect(table).toContain('ACCUSE / allege');
  });
});

describe('the query library placeholders', () => {
  const union = RELATION_TYPE_NAMES.join('|');

  it('{{FACT_TYPES}} becomes the union of every relation type', () => {
    expect(expandFactTypes('MATCH ()-[r:{{FACT_TYPES}}]->() RETURN r')).toBe(
      `MATCH ()-[r:${union}]->() RETURN r`,
    );
  });

  it('a line with {{FACT_TYPE}} becomes one line per type, joined by UNION ALL', () => {
    const text = expandFactTypes('CALL () {\n  MATCH ()-[r:{{FACT_TYPE}}]->() RETURN r\n}');
    expect(text.split('\n')).toEqual([
      'CALL () {',
      ...RELATION_TYPE_NAMES.flatMap((t, i) => [
        ...(i ? ['  UNION ALL'] : []),
        `  MATCH ()-[r:${t}]->() RETURN r`,
      ]),
      '}',
    ]);
  });

  it('leaves comments as they are and refuses an unknown placeholder', () => {
    expect(expandFactTypes('// a line with {{FACT_TYPE}}\nRETURN 1')).toBe(
      '// a line with {{FACT_TYPE}}\nRETURN 1',
    );
    expect(() => expandFactTypes('MATCH ()-[r:{{FACT_TYPS}}]->()', 'x.cypher')).toThrow(
      'Unknown placeholder {{FACT_TYPS}} in x.cypher',
    );
  });
});
