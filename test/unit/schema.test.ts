/**
 * The contract itself: schema.graphql describes every type, field, argument and enum value; its
 * enums and its Qualifiers match the closed lists the loader uses; the API's Cypher files are
 * named, documented and name the whole closed list of relation types wherever they name types
 * (filled in from src/domain when the query library loads them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/createSchema.js';
import { ENTITY_KINDS } from '../../src/domain/entityKinds.js';
import { QUALIFIER_KEYS } from '../../src/domain/qualifierKeys.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../../src/domain/relationTypes.js';
import { QUERIES_DIR, query } from '../../src/neo4j/queryLibrary.js';

const schema: GraphQLSchema = createSchema();

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => v.name);
}

describe('schema.graphql', () => {
  it('RelationType is the closed list of src/domain/relationTypes.ts, in its order', () => {
    expect(enumValues('RelationType')).toEqual(RELATION_TYPE_NAMES);
  });

  it('describes each RelationType by its meaning and direction in src/domain', () => {
    const type = schema.getType('RelationType');
    if (!isEnumType(type)) throw new Error('RelationType is not an enum');
    expect(Object.fromEntries(type.getValues().map((v) => [v.name, v.description]))).toEqual(
      Object.fromEntries(
        RELATION_TYPE_NAMES.map((t) => [
          t,
          `${RELATION_TYPES[t].meaning} Direction: ${RELATION_TYPES[t].direction}.`,
        ]),
      ),
    );
  });

  it('EntityKind is the list of kinds of the fact format', () => {
    expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
  });

  it('Qualifiers has exactly the qualifier keys of the fact format, in its order', () => {
    const type = schema.getType('Qualifiers');
    if (!isObjectType(type)) throw new Error('Qualifiers is not an object type');
    expect(Object.keys(type.getFields())).toEqual([...QUALIFIER_KEYS]);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type))
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('cypher/queries/api', () => {
  const dir = path.join(QUERIES_DIR, 'api');
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));

  it('every query opens with its name, what it answers and its parameters', () => {
    for (const file of files) {
      const [first = '', second = ''] = readFileSync(path.join(dir, file), 'utf8').split('\n');
      expect(first, file).toMatch(new RegExp(`^// ${file.replace('.cypher', '')} — .+`));
      expect(readFileSync(path.join(dir, file), 'utf8'), file).toMatch(/^\/\/ Parameters: /m);
      expect(second, file).toMatch(/^\/\/ /);
    }
  });

  it('wherever a query names relation types, it names the whole closed list', () => {
    const everyType = RELATION_TYPE_NAMES.join('|');
    for (const file of files) {
      const text = query(file.replace('.cypher', ''));
      for (const [, types] of text.matchAll(/\[\w*:([A-Z_|]+)[\]*]/g))
        if (types !== 'MENTIONS' && types !== 'DENIES') expect(types, file).toBe(everyType);
    }
  });

  it('get the list from src/domain: a file names one type at most, or {{FACT_TYPES}}', () => {
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const [, types] of text.matchAll(/\[\w*:([A-Z_|]+)[\]*]/g)) expect(types, file).not.toContain('|');
    }
  });
});
