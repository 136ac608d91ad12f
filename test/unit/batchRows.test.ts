/**
 * A batch's rows hold each entity and fact once, merged in load order — what writing the same
 * articles one after another would leave (names: the latest; aliases and roles: the union;
 * sources: every article's quote in order).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityBatchRows, factBatchRows } from '../../src/ingest/batchRows.js';
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
    for (const r of rows) expect(r.articleIds).toEqual([seed.article.id, 'second']);
  });

  it('take the latest name and the union of aliases', async () => {
    const seed = await seedArticle();
    const subject = seed.facts[0]!.subject;
    const before = seed.entities.find((e) => e.id === subject)!;
    const row = entityBatchRows([seed, secondArticle(seed)]).find((r) => r.id === subject)!;
    expect(row.name).toBe(`${before.name} (renamed)`);
    expect(row.aliases).toEqual([...before.aliases, 'new alias']);
  });

  it('hold one row per fact with every source in load order and the latest description', async () => {
    const seed = await seedArticle();
    const fact = seed.facts[0]!;
    const rows = factBatchRows([seed, secondArticle(seed)]);
    expect(rows).toHaveLength(seed.facts.length);
    const row = rows.find((r) => r.id === fact.id)!;
    expect(row.articleIds).toEqual([seed.article.id, 'second']);
    expect(row.quotes).toEqual([fact.quote, fact.quote]);
    expect(row.starts).toEqual([fact.quoteStart, fact.quoteStart]);
    expect(row.props.summary).toBe('as the second article says it');
    const other = rows.find((r) => r.id !== fact.id)!;
    expect(other.articleIds).toEqual([seed.article.id]);
  });

  it('do not change the articles they were made from', async () => {
    const seed = await seedArticle();
    const snapshot = JSON.stringify(seed);
    entityBatchRows([seed, secondArticle(seed), seed]);
    factBatchRows([seed, seed]);
    expect(JSON.stringify(seed)).toBe(snapshot);
  });
});
