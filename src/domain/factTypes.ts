/**
 * The relation types as Cypher needs them. The API, export and loader queries in cypher/queries/
 * write `{{FACT_TYPES}}` where they mean "any fact"; src/neo4j/queryLibrary.ts puts the union of
 * every type there when it loads them, so the planner can use each type's id index and adding
 * a type changes no query file.
 */
import { RELATION_TYPE_NAMES } from './relationTypes.js';

export const FACT_TYPES_PLACEHOLDER = '{{FACT_TYPES}}';

/** `ACCUSES|INVESTIGATES|…`: every relation type, as a relationship type expression. */
export const FACT_TYPE_UNION = RELATION_TYPE_NAMES.join('|');
