/**
 * A batch's rows hold each entity and fact once, with what each article says of it — its mention
 * (definition, aliases) and its claim (summary, quote) — in load order: nothing one article says
 * overwrites another's before the graph derives the values (ingestDeriveFacts/Entities).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimBatchRows, entityBatchRows, factBatchRows } from '../../src/ingest/batchRows.js';
import { validateFactFile, type ValidArticle } from '../../src/ingest/validateFactFile.js';

const SEED = fileURLToPath(new URL('../../seed/000_efa1921cf80bbea2.facts.json', import.meta.url));

async function seedArticle(): Promise<ValidArticle> {
  const { article } = await validateFactFile(SEED);
  if (!article) throw new Error('the seed fact file does not validate');
  return article;
}

/** A second article that renames one entity, adds an alias and reports one of the seed's facts. */
function secondArticle(seed: ValidArticle): ValidArticle {
  const fact = seed.facts[0]!;
  return {
    ...seed,
    article: { ...seed.article, id: 'second' },
    entities: seed.entities.map((e) =>
      e.id === fact.subject ? { ...e, name: `${e.name} (renamed)`, aliases: [...e.aliases, 'new alias'] } : e,
    ),
    facts: [{ ...fact, summary: 'as the second article says it' }],
  };
}

describe('batch rows', () => {
  it('hold one row per entity, naming every article that mentions it', async () => {
    const seed = await seedArticle();
    const rows = entityBatchRows([seed, secondArticle(seed)]);
    expect(rows.map((r) => r.id)).toEqual(seed.entities.map((e) => e.id));
    for (const r of rows) expect(r.mentions.map((m) => m.articleId)).toEqual([seed.article.id, 'second']);
  });

  it("keep each article's name and aliases of an entity apart", async () => {
    const seed = await seedArticle();
    const subject = seed.facts[0]!.subject;
    const before = seed.entities.find((e) => e.id === subject)!;
    const row = entityBatchRows([seed, secondArticle(seed)]).find((r) => r.id === subject)!;
    expect(row.mentions.map((m) => [m.articleId, m.name, m.aliases])).toEqual([
      [seed.article.id, before.name, before.aliases],
      ['second', `${before.name} (renamed)`, [...before.aliases, 'new alias']],
    ]);
  });

  it('hold one row per fact naming every article, and one claim per article with its own values', async () => {
    const seed = await seedArticle();
    const fact = seed.facts[0]!;
    const rows = factBatchRows([seed, secondArticle(seed)]);
    expect(rows).toHaveLength(seed.facts.length);
    const row = rows.find((r) => r.id === fact.id)!;
    expect(row.articleIds).toEqual([seed.article.id, 'second']);
    const claims = claimBatchRows([seed, secondArticle(seed)]).filter((c) => c.factId === fact.id);
    expect(claims.map((c) => [c.id, c.articleId, c.quote, c.start, c.summary])).toEqual([
      [`${seed.article.id}/${fact.id}`, seed.article.id, fact.quote, fact.quoteStart, fact.summary],
      [`second/${fact.id}`, 'second', fact.quote, fact.quoteStart, 'as the second article says it'],
    ]);
    const other = rows.find((r) => r.id !== fact.id)!;
    expect(other.articleIds).toEqual([seed.article.id]);
  });

  it('do not change the articles they were made from', async () => {
    const seed = await seedArticle();
    const snapshot = JSON.stringify(seed);
    entityBatchRows([seed, secondArticle(seed), seed]);
    factBatchRows([seed, seed]);
    claimBatchRows([seed, secondArticle(seed)]);
    expect(JSON.stringify(seed)).toBe(snapshot);
  });
});
