/**
 * The graph as known at an instant (`asOf`): the lists find the facts first reported before it;
 * here each is replaced by its values derived from the claims visible then (the named query
 * factsAsOf, one per request level and instant), and what it returns is marked with the instant
 * so its claims and denials show only what was known then.
 */
import type { GraphQLContext } from '../context.js';
import type { ClaimRecord, RelationRecord } from '../model/records.js';

/** The relations as known at `asOf` (ISO, the first instant not included); all of them when null. */
export async function knownAt(
  { loaders }: GraphQLContext,
  relations: RelationRecord[],
  asOf: string | null,
): Promise<RelationRecord[]> {
  if (asOf === null) return relations;
  // An empty page waits for the same batch as the others (asking for no fact, ''), so that every
  // list of a level is done in one tick and their `totalCount`s are one query, not two.
  const then = await loaders.factsAsOf(asOf).loadMany(relations.length ? relations.map((r) => r.id) : ['']);
  const known: RelationRecord[] = [];
  for (const r of then) {
    if (r instanceof Error) throw r;
    if (r !== null) known.push(r);
  }
  return known;
}

/**
 * A fact's claims as known at its `asOf`: those of the articles it then cites, without a
 * deprecation that came later (on that day the claim still stood).
 */
export function claimsKnownAt(relation: RelationRecord, claims: ClaimRecord[]): ClaimRecord[] {
  const { asOf } = relation;
  if (asOf === undefined) return claims;
  const cited = new Set(relation.sources.map((s) => s.articleId));
  return claims
    .filter((c) => cited.has(c.articleId))
    .map((c) =>
      c.deprecated !== null && Date.parse(c.deprecated.on) >= Date.parse(asOf)
        ? { ...c, deprecated: null }
        : c,
    );
}
