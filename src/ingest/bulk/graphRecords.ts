/**
 * The rows of the graph model (cypher/README.md) for a whole load of validated fact files,
 * flattened for the initial import (writeImportFiles.ts) and the benchmark's LOAD CSV — computed
 * by the loader's own code (../graphRows.ts, ../batchRows.ts), so both bulk paths write exactly
 * the articles, entities, MENTIONS (what each article says of each entity), fact relationships
 * and claims that `newsgraph load` writes. The facts' and entities' own values are derived after
 * the import by the loader's own statements (ingestDeriveFacts, ingestDeriveEntities).
 */
import { articleRow } from '../graphRows.js';
import {
  claimBatchRows,
  entityBatchRows,
  factBatchRows,
  type ClaimRow,
  type FactBatchRow,
  type Mention,
} from '../batchRows.js';
import type { ValidArticle } from '../validateFactFile.js';

export type ArticleRow = ReturnType<typeof articleRow>;
export type MentionRecord = Mention & { entityId: string };
export type FactRecord = FactBatchRow;

export interface GraphRecords {
  entityIds: string[];
  articles: ArticleRow[];
  mentions: MentionRecord[];
  facts: FactRecord[];
  claims: ClaimRow[];
}

export function graphRecords(articles: readonly ValidArticle[]): GraphRecords {
  const entities = entityBatchRows(articles);
  return {
    entityIds: entities.map((e) => e.id),
    articles: articles.map(articleRow),
    mentions: entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id }))),
    facts: factBatchRows(articles),
    claims: claimBatchRows(articles),
  };
}
