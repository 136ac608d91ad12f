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

/** Adds to `into` the items of `more` it does not hold yet, in order. */
function addNew(into: string[], more: readonly string[]): void {
  for (const x of more) if (!into.includes(x)) into.push(x);
}

/**
 * Name and kind: the latest article's; description: the latest given; aliases, roles: the union.
 * The rows are this function's own, so they are updated in place: an entity named by tens of
 * thousands of articles (a whole load, for the initial import) would otherwise be copied as often.
 */
export function entityBatchRows(articles: readonly ValidArticle[]): EntityBatchRow[] {
  const byId = new Map<string, EntityBatchRow>();
  for (const a of articles)
    for (const e of entityRows(a)) {
      const row = byId.get(e.id);
      if (!row) {
        // Spelled out, not `{ ...e, … }`: spread objects of varying shapes leave V8 with
        // megamorphic rows, and every later update of a row named by many articles slows down.
        byId.set(e.id, {
          id: e.id,
          name: e.name,
          kind: e.kind,
          otherKinds: e.otherKinds,
          aliases: [...e.aliases],
          roles: [...e.roles],
          description: e.description,
          articleIds: [a.article.id],
        });
        continue;
      }
      if (row.name !== e.name) row.name = e.name;
      if (row.kind !== e.kind) {
        row.kind = e.kind;
        row.otherKinds = e.otherKinds;
      }
      if (e.description != null && e.description !== row.description) row.description = e.description;
      addNew(row.aliases, e.aliases);
      addNew(row.roles, e.roles);
      row.articleIds.push(a.article.id);
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
