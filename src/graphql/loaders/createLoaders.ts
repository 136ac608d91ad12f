/**
 * The request's DataLoaders (created per request in the context, so nothing is cached across
 * requests): each turns the lookups of one request level into one query.
 */
import type { Database, Row } from '../../neo4j/Database.js';
import { toArticle, toClaim, toEntity, toRelation } from '../model/fromRows.js';
import { num, str } from '../model/plain.js';
import { anchoredLoader } from './anchoredLoader.js';
import { byId, groupedBy } from './keyedLoaders.js';

const relationOf = (row: Row) => toRelation(row);
const idOf = (row: Row) => row.id;
const totalOf = (rows: Row[]) => num(rows[0]?.total ?? 0, 'a count');

/** One loader per key (e.g. per `asOf` instant), made when first asked for. */
function perKey<L>(make: (key: string) => L): (key: string) => L {
  const made = new Map<string, L>();
  return (key) => {
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(key)));
    return loader;
  };
}

export function createLoaders(db: Database) {
  return {
    entities: byId(db, 'entitiesById', idOf, (r) => toEntity(r.entity)),
    relations: byId(db, 'relationsById', idOf, relationOf),
    articles: byId(db, 'articlesById', idOf, (r) => toArticle(r.article)),
    articleTexts: byId(db, 'articleTexts', idOf, (r) => str(r.text, 'article text')),
    articleEntities: groupedBy(
      db,
      'articleEntities',
      (r) => r.anchor,
      (r) => toEntity(r.entity),
    ),
    /** The claims of each fact id, in the order the fact's values are derived from them. */
    claimsOf: groupedBy(db, 'claimsOfFacts', idOf, (r) => toClaim(r.claim)),
    /** The denials rejecting each fact id. */
    denialsOf: groupedBy(db, 'denialsOfFacts', (r) => r.denied, relationOf),
    entityRelationPages: anchoredLoader(db, 'entityRelationsPage', (rows) => rows.map(relationOf)),
    entityRelationCounts: anchoredLoader(db, 'entityRelationsCount', totalOf),
    articleFactPages: anchoredLoader(db, 'articleFactsPage', (rows) => rows.map(relationOf)),
    articleFactCounts: anchoredLoader(db, 'articleFactsCount', totalOf),
    /** The facts with these ids as known at an instant (`asOf`), one loader per instant asked. */
    factsAsOf: perKey((asOf: string) =>
      byId(db, 'factsAsOf', idOf, (r) => ({ ...toRelation(r), asOf }), { asOf }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
