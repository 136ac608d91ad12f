/**
 * Writes validated articles in ONE write transaction, with at most ten statements whatever the
 * number of articles and facts (batched UNWIND; never one round trip per fact):
 *   1. look the fact ids up (factsThere.ts), and check none is in the graph, stated by other
 *      articles, with other ends (→ FactFileError, everything rolled back);
 *   2. take the articles' earlier claims and mentions out (ingestRemoveArticles), so a reloaded,
 *      edited article leaves no stale edges while other articles' claims stay. A fact only these
 *      articles stated, written again with the same ends, keeps its relationship (afterRemoval,
 *      `keepIds`): deleting and creating it again made a reload quadratic (see the query);
 *   3. article nodes; 4. entities + MENTIONS (what each article says of each); 5. new facts
 *      (CREATE: the lookup said they are not there, so no relationship MERGE has to scan the
 *      entities' edges); 6. the facts already there, found by element id; 7. the claims;
 *   8.–9. the facts' and entities' own values derived from their claims and mentions
 *      (ingestDeriveFacts, ingestDeriveEntities: the one rule, whatever the load order).
 *      With `deferEntities`, only the entities this write created are derived here; the others
 *      are returned for the caller to derive once, after its last batch (see loadPath.ts).
 * The lookup runs before the removal: an index seek in a transaction that has deleted thousands
 * of relationships merges all those deletions into each seek.
 * A batch of articles that were not in the graph before the load skips 1 and 2 when the loader
 * passes what it knows of the graph's facts (`known`). Should the graph have changed under the
 * load, a missing row or a unique-constraint refusal rolls that attempt back and the batch is
 * written again with 1 and 2.
 * loadPath.ts batches many articles into one call (the API's ingest mutation sends one).
 */
import type { Database } from '../neo4j/Database.js';
import { isConstraintRefusal } from '../neo4j/errors.js';
import { query } from '../neo4j/queryLibrary.js';
import { claimBatchRows, entityBatchRows, factBatchRows } from './batchRows.js';
import { deriveValues } from './deriveValues.js';
import { describeFact, sameEnds } from './factConflicts.js';
import type { GraphFact } from './factsInGraph.js';
import { afterRemoval, factsThere } from './factsThere.js';
import { articleRow } from './graphRows.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';
import { FactFileError, type Problem } from './Problem.js';
import type { ValidArticle } from './validateFactFile.js';

export interface ArticlesWrite {
  articles: number;
  /** Entity and fact rows written (each id once). */
  entities: number;
  facts: number;
  /** Facts and entities of earlier versions of these articles that no longer had any source. */
  deletedFacts: number;
  deletedEntities: number;
  /** Every fact of the articles as it is in the graph after the write. */
  written: GraphFact[];
  /** With `deferEntities`: entities whose values are still to be derived from their mentions. */
  deferredEntities: string[];
}

export interface WriteOptions {
  /**
   * The load's facts found in the graph before it started (checkFileSet.ts). Given, the other ids
   * were seen in no type's index then, and are sought only in their own type's.
   */
  inGraph?: ReadonlyMap<string, GraphFact>;
  /**
   * Only for articles none of which was in the graph before the load: every fact in the graph
   * that they may name, as the loader knows it (the pre-check's, and those it wrote since).
   */
  known?: ReadonlyMap<string, GraphFact>;
  /**
   * Derive only the entities this write creates, and return the others (already in the graph,
   * or touched by a reload) in `deferredEntities`: deriving an entity reads every article's
   * mention of it, so a load of many batches that derived the entities it names in each batch
   * would read a frequently named entity's mentions again in every batch (quadratic in the load).
   */
  deferEntities?: boolean;
}

/** The graph is not as the loader knew it: another writer was at work. */
class GraphMoved extends Error {}

export async function writeArticles(
  db: Database,
  articles: readonly ValidArticle[],
  o: WriteOptions = {},
): Promise<ArticlesWrite> {
  if (o.known)
    try {
      return await write(db, articles, { known: o.known, deferEntities: o.deferEntities });
    } catch (err) {
      if (!(err instanceof GraphMoved) && !isConstraintRefusal(err)) throw err;
    }
  return write(db, articles, { inGraph: o.inGraph, deferEntities: o.deferEntities });
}

async function write(
  db: Database,
  articles: readonly ValidArticle[],
  { known, inGraph, deferEntities }: WriteOptions,
): Promise<ArticlesWrite> {
  const articleIds = articles.map((a) => a.article.id);
  const entities = entityBatchRows(articles);
  const facts = factBatchRows(articles);
  const tag = articles.length === 1 ? `load ${articleIds[0]}` : `load ${articles.length} articles`;
  return db.writeTransaction(
    async (tx) => {
      const before = known ? [] : await factsThere(tx, facts, inGraph);
      const { existing, rewritten } = known
        ? { existing: facts.flatMap((f) => known.get(f.id) ?? []), rewritten: [] }
        : afterRemoval(before, articleIds, facts);
      const problems = conflicts(articles, existing);
      if (problems.length > 0)
        throw new FactFileError(
          problems,
          `${articles.length === 1 ? 'the article was' : 'these articles were'} not written`,
        );
      const keepIds = rewritten.map((f) => f.id);
      const [removed] = known ? [] : await tx.run(query('ingestRemoveArticles'), { articleIds, keepIds });
      const there = new Map([...existing, ...rewritten].map((f) => [f.id, f]));
      const created = facts.filter((f) => !there.has(f.id));
      const found = facts
        .filter((f) => there.has(f.id))
        .map(({ id, articleIds: ids }) => ({ elementId: there.get(id)!.elementId, id, articleIds: ids }));
      // Sent together, not one after the other's answer: the server runs them in order anyway,
      // and meanwhile the driver encodes the next statement's rows (a few MB) instead of the
      // server waiting for them.
      const none = Promise.resolve([]);
      const run = (name: string, rows: readonly object[]) =>
        rows.length > 0 ? tx.run(query(name), { facts: rows }) : none;
      const [, upserted, createdRows, foundRows] = await Promise.all([
        tx.run(query('ingestUpsertArticles'), { articles: articles.map(articleRow) }),
        tx.run(query('ingestUpsertEntities'), { entities }),
        run('ingestCreateFacts', created),
        run('ingestFactsByElementId', found),
        tx.run(query('ingestCreateClaims'), { claims: claimBatchRows(articles) }),
      ]);
      // A fact whose entity or relationship was not where the loader knew it would be lost silently.
      if (createdRows.length !== created.length || foundRows.length !== found.length)
        throw new GraphMoved(
          `${tag}: wrote ${createdRows.length} of ${created.length} new facts and found ${foundRows.length} of ${found.length} there`,
        );
      const touchedFacts = (removed?.touchedFacts as string[] | undefined) ?? [];
      const touchedEntities = (removed?.touchedEntities as string[] | undefined) ?? [];
      const named = [...new Set([...entities.map((e) => e.id), ...touchedEntities])];
      const newEntities = new Set((upserted[0]?.created as string[] | undefined) ?? []);
      const deferred = deferEntities ? named.filter((id) => !newEntities.has(id)) : [];
      const derived = await deriveValues(
        tx,
        [...createdRows, ...foundRows].map((r) => String(r.elementId)).concat(touchedFacts),
        deferEntities ? [...newEntities] : named,
      );
      const byId = new Map(derived.map((r) => [String(r.id), r]));
      return {
        articles: articles.length,
        entities: entities.length,
        facts: facts.length,
        deletedFacts: Number(removed?.deletedFacts ?? 0),
        deletedEntities: Number(removed?.deletedEntities ?? 0),
        written: facts.map(({ id, type, subject, object }) => ({
          id,
          type,
          subject,
          object,
          sourceArticleIds: (byId.get(id)!.sourceArticleIds as string[]).map(String),
          elementId: String(byId.get(id)!.elementId),
        })),
        deferredEntities: deferred,
      };
    },
    { timeoutMs: LOAD_TIMEOUT_MS, tag },
  );
}

/** A fact id in the graph (after the removals) with other ends than in an article. */
function conflicts(articles: readonly ValidArticle[], existing: readonly GraphFact[]): Problem[] {
  const byId = new Map(existing.map((f) => [f.id, f]));
  return articles.flatMap((a) =>
    a.facts.flatMap((f, i) => {
      const there = byId.get(f.id);
      if (!there || sameEnds(f, there)) return [];
      return [
        {
          file: a.file,
          path: `facts[${i}]`,
          reason: `fact "${f.id}" is in the graph as ${describeFact(there)} (from ${there.sourceArticleIds.join(', ')}); here it is ${describeFact(f)}`,
        },
      ];
    }),
  );
}
