/**
 * Full-text search over names and aliases, German and English, against the seed graph: case and
 * diacritics folded (ß → ss), ranked by score, Lucene syntax in the user's text taken literally.
 * Scores depend on the index's statistics, so the tests check everything else exactly and the
 * scores by their order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedApi } from './support/graphql.js';

let api: SeedApi;
beforeAll(async () => {
  api = await SeedApi.open();
});
afterAll(() => api.close());

const score = expect.any(Number) as unknown as number;

async function search(text: string, first?: number) {
  const res = await api.post(
    `query($text: String!, $first: Int) { search(text: $text, first: $first) { score entity { id name } } }`,
    { text, first },
  );
  return res.body as { data: { search: Array<{ score: number; entity: { id: string; name: string } }> } };
}

describe('search', () => {
  it('finds the White House by its German name, as written and folded', async () => {
    const whiteHouse = { data: { search: [{ score, entity: { id: 'white-house', name: 'White House' } }] } };
    expect(await search('Weißes Haus')).toEqual(whiteHouse);
    expect(await search('weisses haus')).toEqual(whiteHouse);
    expect(await search('WEISSES HAUS')).toEqual(whiteHouse);
    expect(await search('White House')).toEqual(whiteHouse);
  });

  it('finds Beijing (the Chinese government) as „Peking“ and Sacks by his surname', async () => {
    expect(await search('Peking')).toEqual({
      data: { search: [{ score, entity: { id: 'chinese-government', name: 'Chinese government' } }] },
    });
    expect(await search('Sacks')).toEqual({
      data: { search: [{ score, entity: { id: 'david-sacks', name: 'David Sacks' } }] },
    });
    expect(await search('Vereinigte Staaten')).toEqual({
      data: { search: [{ score, entity: { id: 'united-states', name: 'United States' } }] },
    });
  });

  it('ranks by score: the entity matching more words first; `first` cuts the list', async () => {
    const all = await search('DeepSeek app');
    expect(all).toEqual({
      data: {
        search: [
          { score, entity: { id: 'deepseek-app', name: 'DeepSeek app' } },
          { score, entity: { id: 'deepseek', name: 'DeepSeek' } },
          {
            score,
            entity: { id: 'deepseek-cyberattackers', name: 'Unknown attackers (DeepSeek cyberattacks)' },
          },
        ],
      },
    });
    const scores = all.data.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[1] ?? Infinity);
    expect(await search('DeepSeek app', 1)).toEqual({ data: { search: [all.data.search[0]] } });
  });

  it('takes Lucene syntax in the text literally: no error, no operator', async () => {
    expect(await search('(OR) AND "\\ *:~ NOT')).toEqual({ data: { search: [] } });
    const navy = await search('us-navy');
    expect(navy.data.search[0]?.entity.id).toBe('us-navy');
  });
});
