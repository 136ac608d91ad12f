/**
 * A fact id names one relation between two entities, whichever article reports it: the same id
 * with another subject, type or object is an error, wherever the two definitions are.
 */
import type { Row } from '../neo4j/Database.js';

export interface FactEnds {
  id: string;
  subject: string;
  type: string;
  object: string;
}

export const describeFact = (f: FactEnds) => `${f.subject} ${f.type} ${f.object}`;

export const sameEnds = (a: FactEnds, b: FactEnds) =>
  a.subject === b.subject && a.type === b.type && a.object === b.object;

/** A row of ingestFactsById as FactEnds plus its sources. */
export function graphFact(row: Row): FactEnds & { sourceArticleIds: string[] } {
  return {
    id: String(row.id),
    subject: String(row.subject),
    type: String(row.type),
    object: String(row.object),
    sourceArticleIds: Array.isArray(row.sourceArticleIds) ? row.sourceArticleIds.map(String) : [],
  };
}
