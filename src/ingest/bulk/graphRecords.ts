/**
 * The rows of the graph model (cypher/README.md) for a whole load of validated fact files,
 * flattened for the initial import (writeImportFiles.ts) and the benchmark's LOAD CSV — computed
 * by the loader's own code (../graphRows.ts, ../batchRows.ts), so both bulk paths write exactly the entities, articles, MENTIONS and facts (each with its
 * sources from every article that reports it) that `newsgraph load` writes.
 */
import { articleRow, factRows } from '../graphRows.js';
import { entityBatchRows, factBatchRows, type EntityBatchRow, type FactBatchRow } from '../batchRows.js';
import type { ValidArticle } from '../validateFactFile.js';

export type EntityRow = Omit<EntityBatchRow, 'otherKinds' | 'articleIds'>;
export type ArticleRow = ReturnType<typeof articleRow>;
/** A fact's properties flat, with its sources as parallel lists (as the relationship holds them). */
export type FactRow = Pick<ReturnType<typeof factRows>[number], 'id' | 'type' | 'subject' | 'object'> &
  ReturnType<typeof factRows>[number]['props'] & {
    sourceArticleIds: string[];
    sourceQuotes: string[];
    sourceStarts: number[];
  };

export interface GraphRecords {
  entities: EntityRow[];
  articles: ArticleRow[];
  mentions: [string, string][];
  facts: FactRow[];
}

export function graphRecords(articles: readonly ValidArticle[]): GraphRecords {
  const entities = entityBatchRows(articles);
  return {
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      roles: e.roles,
      description: e.description,
    })),
    articles: articles.map(articleRow),
    mentions: entities.flatMap((e) => e.articleIds.map((a): [string, string] => [a, e.id])),
    // Spelled out rather than spread: a million objects of one shape are read much faster.
    facts: factBatchRows(articles).map(factRecord),
  };
}

function factRecord(f: FactBatchRow): FactRow {
  const p = f.props;
  return {
    id: f.id,
    type: f.type,
    subject: f.subject,
    object: f.object,
    summary: p.summary,
    about: p.about,
    reason: p.reason,
    when: p.when,
    role: p.role,
    scope: p.scope,
    modality: p.modality,
    confidence: p.confidence,
    statedBy: p.statedBy,
    cameo: p.cameo,
    denies: p.denies,
    sourceArticleIds: f.articleIds,
    sourceQuotes: f.quotes,
    sourceStarts: f.starts,
  };
}
