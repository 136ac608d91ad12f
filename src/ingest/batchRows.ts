/**
 * The rows of a batch of articles written in one transaction (writeArticles.ts): each entity and
 * each fact ONCE, however many articles of the batch name it, with what each article says of it
 * (its mentions, its claims) — exactly what writing the articles one after another would leave.
 * One row per id keeps the statements free of read-after-write between their own rows.
 */
import { claimId, entityRows, factRows } from './graphRows.js';
import type { ValidArticle } from './validateFactFile.js';

type EntityRow = ReturnType<typeof entityRows>[number];
type FactRow = ReturnType<typeof factRows>[number];

/** What one article says of an entity (its MENTIONS relationship). */
export type Mention = Omit<EntityRow, 'id'> & { articleId: string };

export interface EntityBatchRow {
  id: string;
  /** One per article of the batch that names the entity, in load order. */
  mentions: Mention[];
}

export interface FactBatchRow {
  id: string;
  type: FactRow['type'];
  subject: string;
  object: string;
  /** The batch's articles that state the fact, in load order. */
  articleIds: string[];
}

/** What one article says of a fact: a Claim node. */
export type ClaimRow = FactRow['props'] & {
  id: string;
  factId: string;
  articleId: string;
  quote: string;
  start: number;
};

/**
 * The rows are this function's own, so they are updated in place: an entity named by tens of
 * thousands of articles (a whole load, for the initial import) would otherwise be copied as often.
 */
export function entityBatchRows(articles: readonly ValidArticle[]): EntityBatchRow[] {
  const byId = new Map<string, EntityBatchRow>();
  for (const a of articles)
    for (const e of entityRows(a)) {
      const mention: Mention = {
        articleId: a.article.id,
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        roles: e.roles,
        description: e.description,
        wikidataId: e.wikidataId,
      };
      const row = byId.get(e.id);
      if (row) row.mentions.push(mention);
      else byId.set(e.id, { id: e.id, mentions: [mention] });
    }
  return [...byId.values()];
}

/** One row per fact id; its ends are the same in every article (checkFileSet made sure). */
export function factBatchRows(articles: readonly ValidArticle[]): FactBatchRow[] {
  const byId = new Map<string, FactBatchRow>();
  for (const a of articles)
    for (const f of factRows(a)) {
      const row = byId.get(f.id);
      if (row) row.articleIds.push(a.article.id);
      else
        byId.set(f.id, {
          id: f.id,
          type: f.type,
          subject: f.subject,
          object: f.object,
          articleIds: [a.article.id],
        });
    }
  return [...byId.values()];
}

/** Every claim of the batch: one per article and fact it states. */
export function claimBatchRows(articles: readonly ValidArticle[]): ClaimRow[] {
  return articles.flatMap((a) =>
    factRows(a).map((f) => ({
      ...f.props,
      id: claimId(a.article.id, f.id),
      factId: f.id,
      articleId: a.article.id,
      quote: f.quote,
      start: f.quoteStart,
    })),
  );
}
