/**
 * Splits articles, in load order, into batches of whole articles with about `maxFacts` facts
 * each: an article is never split (it is written all or nothing), and one larger than the limit
 * is a batch of its own.
 */
import type { ValidArticle } from './validateFactFile.js';

export function* articleBatches(
  articles: readonly ValidArticle[],
  maxFacts: number,
): Generator<ValidArticle[]> {
  let batch: ValidArticle[] = [];
  let facts = 0;
  for (const a of articles) {
    if (batch.length > 0 && facts + a.facts.length > maxFacts) {
      yield batch;
      batch = [];
      facts = 0;
    }
    batch.push(a);
    facts += a.facts.length;
  }
  if (batch.length > 0) yield batch;
}
