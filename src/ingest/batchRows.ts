/**
 * The rows of a batch of articles written in one transaction (writeArticles.ts): each entity and
 * each fact ONCE, however many articles of the batch name it, merged in load order — exactly what
 * writing the articles one after another would leave. One row per id keeps the statements free of
 * read-after-write between their own rows.
 */
import { entityRows, factRows } from './graphRows.js';
import type { ValidArticle } from './validateFactFile.js';

type EntityRow = ReturnType<typeof entityRows>[number];
type FactRow = ReturnType<typeof factRows>[number];

export interface EntityBatchRow extends EntityRow {
  /** The articles of the batch that mention the entity. */
  articleIds: string[];
}

export interface FactBatchRow {
  id: string;
  type: FactRow['type'];
  subject: string;
  object: string;
  /** The batch's sources of the fact, in load order. */
  articleIds: string[];
  quotes: string[];
  starts: number[];
  /** The latest article's description of the fact. */
  props: FactRow['props'];
}

const union = (a: string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/** Name and kind: the latest article's; description: the latest given; aliases, roles: the union. */
export function entityBatchRows(articles: readonly ValidArticle[]): EntityBatchRow[] {
  const byId = new Map<string, EntityBatchRow>();
  for (const a of articles)
    for (const e of entityRows(a)) {
      const before = byId.get(e.id);
      byId.set(
        e.id,
        before
          ? {
              ...e,
              description: e.description ?? before.description,
              aliases: union(before.aliases, e.aliases),
              roles: union(before.roles, e.roles),
              articleIds: [...before.articleIds, a.article.id],
            }
          : { ...e, aliases: [...e.aliases], articleIds: [a.article.id] },
      );
    }
  return [...byId.values()];
}

/** One row per fact id; its ends are the same in every article (checkFileSet made sure). */
export function factBatchRows(articles: readonly ValidArticle[]): FactBatchRow[] {
  const byId = new Map<string, FactBatchRow>();
  for (const a of articles)
    for (const f of factRows(a)) {
      const row = byId.get(f.id);
      if (row) {
        row.articleIds.push(a.article.id);
        row.quotes.push(f.quote);
        row.starts.push(f.quoteStart);
        row.props = f.props;
      } else
        byId.set(f.id, {
          id: f.id,
          type: f.type,
          subject: f.subject,
          object: f.object,
          articleIds: [a.article.id],
          quotes: [f.quote],
          starts: [f.quoteStart],
          props: f.props,
        });
    }
  return [...byId.values()];
}
