/**
 * The rows of the graph model (cypher/README.md) for a set of validated fact files, flattened for
 * the LOAD CSV loader — computed by the loader's own code (src/ingest/graphRows.ts, batchRows.ts),
 * so the bulk path writes exactly the entities, articles, MENTIONS and facts (each with its
 * sources from every article that reports it) that `newsgraph load` writes.
 */
import { articleRow, factRows } from '../../src/ingest/graphRows.js';
import { entityBatchRows, factBatchRows, type EntityBatchRow } from '../../src/ingest/batchRows.js';
import type { ValidArticle } from '../../src/ingest/validateFactFile.js';

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
    entities: entities.map(({ otherKinds: _k, articleIds: _a, ...e }) => e),
    articles: articles.map(articleRow),
    mentions: entities.flatMap((e) => e.articleIds.map((a): [string, string] => [a, e.id])),
    facts: factBatchRows(articles).map((f) => ({
      id: f.id,
      type: f.type,
      subject: f.subject,
      object: f.object,
      ...f.props,
      sourceArticleIds: f.articleIds,
      sourceQuotes: f.quotes,
      sourceStarts: f.starts,
    })),
  };
}
