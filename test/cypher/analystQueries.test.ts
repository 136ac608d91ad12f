/**
 * The analyst query library (cypher/queries/analyst/) against the seed graph: each query with
 * its parameters and its exact answer. Expected rows name the facts by id and take their texts
 * from the seed file (seedFacts.ts), so the test says which facts answer, in which order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Params, Row } from '../../src/neo4j/Database.js';
import { query } from '../../src/neo4j/queryLibrary.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { entityName, fact, seedArticle, seedFacts, seedText } from './seedFacts.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await loadSeedGraph(db);
});
afterAll(() => db.close());

const run = (name: string, params: Params) => db.read(query(name), params);
const nameOrNull = (id: string | undefined) => (id ? entityName(id) : null);

function accusation(id: string): Row {
  const f = fact(id);
  return {
    accuser: entityName(f.subject),
    accused: entityName(f.object),
    about: f.qualifiers?.about ?? null,
    summary: f.summary,
    modality: f.modality,
    factId: id,
    articleId: seedArticle.id,
    articleTitle: seedArticle.title,
    quote: f.quote,
  };
}

describe('whoAccusedWhom', () => {
  it('lists every accusation with its source, ordered by accuser and accused', async () => {
    expect(await run('whoAccusedWhom', { accuserId: null, accusedId: null })).toEqual([
      accusation('david-sacks-accuses-deepseek-distillation'),
      accusation('openai-accuses-chinese-ai-companies'),
      accusation('openai-accuses-chinese-companies-knowledge-distillation'),
      accusation('openai-accuses-deepseek-distillation'),
    ]);
  });

  it('narrows to one accused, or one accuser and one accused', async () => {
    expect(await run('whoAccusedWhom', { accuserId: null, accusedId: 'deepseek' })).toEqual([
      accusation('david-sacks-accuses-deepseek-distillation'),
      accusation('openai-accuses-deepseek-distillation'),
    ]);
    expect(
      await run('whoAccusedWhom', { accuserId: 'david-sacks', accusedId: 'chinese-ai-companies' }),
    ).toEqual([]);
  });
});

describe('accusationsAndDenials', () => {
  const denial = fact('chinese-government-denies-us-data-theft-accusations');
  const claim = (id: string): Row => {
    const f = fact(id);
    return {
      claimant: entityName(f.subject),
      claimType: f.type,
      target: entityName(f.object),
      claim: f.summary,
      claimId: id,
      denier: 'Chinese government',
      denial: denial.summary,
      denialQuote: denial.quote,
    };
  };
  const all = [
    'david-sacks-accuses-deepseek-distillation',
    'deepseek-uses-knowledge-distillation',
    'deepseek-uses-openai-models',
    'openai-accuses-chinese-ai-companies',
    'openai-accuses-chinese-companies-knowledge-distillation',
    'openai-accuses-deepseek-distillation',
  ];

  it('pairs every accusation and every denied claim with the denial that answers it', async () => {
    expect(all).toEqual([...(denial.denies ?? [])].sort());
    expect(await run('accusationsAndDenials', { entityId: null })).toEqual(all.map(claim));
  });

  it('narrows to the claims an entity made, received or denied', async () => {
    expect(await run('accusationsAndDenials', { entityId: 'david-sacks' })).toEqual([
      claim('david-sacks-accuses-deepseek-distillation'),
    ]);
    expect(await run('accusationsAndDenials', { entityId: 'chinese-government' })).toEqual(all.map(claim));
    expect(await run('accusationsAndDenials', { entityId: 'microsoft' })).toEqual([]);
  });
});

describe('doneToEntity', () => {
  const doneBy = (id: string): Row => {
    const f = fact(id);
    return {
      relation: f.type,
      actor: entityName(f.subject),
      summary: f.summary,
      about: f.qualifiers?.about ?? null,
      reason: f.qualifiers?.reason ?? null,
      when: f.qualifiers?.when ?? null,
      modality: f.modality,
      statedBy: nameOrNull(f.statedBy),
      factId: id,
    };
  };

  it('says who banned, restricted and made the DeepSeek app', async () => {
    expect(await run('doneToEntity', { entityId: 'deepseek-app' })).toEqual(
      [
        'us-navy-bans-deepseek-app',
        'deepseek-develops-deepseek-app',
        'deepseek-restricts-new-registrations',
      ].map(doneBy),
    );
  });

  it('lists everything done to DeepSeek: accused, attacked, commented on, investigated, reported on', async () => {
    expect(await run('doneToEntity', { entityId: 'deepseek' })).toEqual(
      [
        'david-sacks-accuses-deepseek-distillation',
        'openai-accuses-deepseek-distillation',
        'deepseek-cyberattackers-attack-deepseek',
        'donald-trump-comments-on-deepseek-wake-up-call',
        'white-house-comments-on-deepseek-concern',
        'microsoft-investigates-unauthorized-use-of-openai-data',
        'national-security-council-investigates-deepseek-risks',
        'white-house-investigates-deepseek-national-security',
        'cctv-reports-deepseek-cyberattacks',
        'chinese-state-media-report-deepseek-cyberattacks',
      ].map(doneBy),
    );
  });
});

describe('investigationsAndReasons', () => {
  const investigation = (id: string): Row => {
    const f = fact(id);
    return {
      investigator: entityName(f.subject),
      investigated: entityName(f.object),
      concerning: f.qualifiers?.about ?? null,
      reason: f.qualifiers?.reason ?? null,
      when: f.qualifiers?.when ?? null,
      modality: f.modality,
      statedBy: nameOrNull(f.statedBy),
      accusedBy: ['David Sacks', 'OpenAI'],
      quotes: [f.quote],
      factId: id,
    };
  };
  const all = [
    'microsoft-investigates-unauthorized-use-of-openai-data',
    'national-security-council-investigates-deepseek-risks',
    'white-house-investigates-deepseek-national-security',
  ];

  it('lists the three reviews of DeepSeek with what they concern and the accusations behind them', async () => {
    expect(await run('investigationsAndReasons', { entityId: null })).toEqual(all.map(investigation));
    expect(await run('investigationsAndReasons', { entityId: 'deepseek' })).toEqual(all.map(investigation));
    expect(await run('investigationsAndReasons', { entityId: 'openai' })).toEqual([]);
  });
});

describe('actorNeighbourhood', () => {
  it('finds the White House one hop from its spokesperson, Sacks and DeepSeek two hops away', async () => {
    expect(await run('actorNeighbourhood', { entityId: 'karoline-leavitt', hops: 1 })).toEqual([
      { id: 'white-house', name: 'White House', kind: 'GovernmentBody', hops: 1 },
    ]);
    expect(await run('actorNeighbourhood', { entityId: 'karoline-leavitt', hops: 2 })).toEqual([
      { id: 'white-house', name: 'White House', kind: 'GovernmentBody', hops: 1 },
      { id: 'david-sacks', name: 'David Sacks', kind: 'Person', hops: 2 },
      { id: 'deepseek', name: 'DeepSeek', kind: 'Organization', hops: 2 },
    ]);
  });

  it('answers nothing for an unknown entity', async () => {
    expect(await run('actorNeighbourhood', { entityId: 'nobody', hops: 2 })).toEqual([]);
  });
});

describe('pathsBetweenActors', () => {
  it('gives both shortest chains from Karoline Leavitt to DeepSeek, as steps and as paths', async () => {
    const rows = await run('pathsBetweenActors', { fromId: 'karoline-leavitt', toId: 'deepseek' });
    expect(rows.map(({ path: _path, ...rest }) => rest)).toEqual([
      {
        hops: 2,
        steps: ['Karoline Leavitt -HOLDS_POSITION-> White House', 'White House -COMMENTS_ON-> DeepSeek'],
        factIds: [
          'karoline-leavitt-holds-position-white-house-spokesperson',
          'white-house-comments-on-deepseek-concern',
        ],
      },
      {
        hops: 2,
        steps: ['Karoline Leavitt -HOLDS_POSITION-> White House', 'White House -INVESTIGATES-> DeepSeek'],
        factIds: [
          'karoline-leavitt-holds-position-white-house-spokesperson',
          'white-house-investigates-deepseek-national-security',
        ],
      },
    ]);
    const path = rows[0]?.path as {
      nodes: Array<{ properties: { name: string } }>;
      relationships: unknown[];
    };
    expect(path.nodes.map((n) => n.properties.name)).toEqual(['Karoline Leavitt', 'White House', 'DeepSeek']);
    expect(path.relationships).toHaveLength(2);
  });
});

describe('mostAccused and mostActive', () => {
  it('ranks the accused by accusations, ties by name', async () => {
    const rows = [
      {
        id: 'chinese-ai-companies',
        name: 'Chinese AI companies',
        kind: 'Group',
        accusations: 2,
        accusers: ['OpenAI'],
      },
      {
        id: 'deepseek',
        name: 'DeepSeek',
        kind: 'Organization',
        accusations: 2,
        accusers: ['David Sacks', 'OpenAI'],
      },
    ];
    expect(await run('mostAccused', { limit: 10 })).toEqual(rows);
    expect(await run('mostAccused', { limit: 1 })).toEqual(rows.slice(0, 1));
  });

  it('ranks actors by the facts they are the subject of', async () => {
    expect(await run('mostActive', { limit: 5 })).toEqual([
      {
        id: 'deepseek',
        name: 'DeepSeek',
        kind: 'Organization',
        facts: 5,
        relations: ['DEVELOPS', 'PART_OF', 'RESTRICTS', 'USES'],
      },
      { id: 'openai', name: 'OpenAI', kind: 'Organization', facts: 5, relations: ['ACCUSES', 'DEVELOPS'] },
      {
        id: 'david-sacks',
        name: 'David Sacks',
        kind: 'Person',
        facts: 4,
        relations: ['ACCUSES', 'COMMENTS_ON', 'HOLDS_POSITION'],
      },
      { id: 'cctv', name: 'CCTV', kind: 'MediaOutlet', facts: 2, relations: ['PART_OF', 'REPORTS'] },
      {
        id: 'chinese-state-media',
        name: 'Chinese state media',
        kind: 'Group',
        facts: 2,
        relations: ['PART_OF', 'REPORTS'],
      },
    ]);
  });
});

describe('articleFactsWithQuotes', () => {
  it("lists all the seed article's facts in the order of their quotes in the text", async () => {
    const expected = seedFacts
      .map((f) => ({
        // Offsets count Unicode code points, as Cypher does (cypher/README.md).
        quoteStart: [...seedText.slice(0, seedText.indexOf(f.quote))].length,
        subject: entityName(f.subject),
        relation: f.type,
        object: entityName(f.object),
        summary: f.summary,
        modality: f.modality,
        quote: f.quote,
        factId: f.id,
      }))
      .sort((a, b) => a.quoteStart - b.quoteStart || (a.factId < b.factId ? -1 : 1));
    const rows = await run('articleFactsWithQuotes', { articleId: seedArticle.id });
    expect(rows).toHaveLength(32);
    expect(rows).toEqual(expected);
    expect(rows.slice(0, 2).map((r) => r.factId)).toEqual([
      'openai-accuses-chinese-ai-companies',
      'openai-develops-chatgpt',
    ]);
  });

  it('answers nothing for an unknown article', async () => {
    expect(await run('articleFactsWithQuotes', { articleId: 'no-such-article' })).toEqual([]);
  });
});

describe('entitiesByAlias', () => {
  const found = async (text: string) => {
    const rows = await run('entitiesByAlias', { text });
    const scores = rows.map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    return rows.map((r) => r.id);
  };

  it('finds entities by German alias, with case and diacritics folded', async () => {
    expect(await found('Weißes Haus')).toEqual(['white-house']);
    expect(await found('weisses haus')).toEqual(['white-house']);
    expect(await found('Peking')).toEqual(['chinese-government']);
    expect(await found('Nationaler Sicherheitsrat')).toEqual(['national-security-council']);
    expect(await found('Vereinigte Staaten')).toEqual(['united-states']);
    expect(await found('chinesische')).toEqual([
      'chinese-ai-companies',
      'chinese-state-media',
      'chinese-government',
    ]);
  });

  it('finds entities by English name or alias, and returns the whole entity', async () => {
    expect(await run('entitiesByAlias', { text: 'Beijing' })).toEqual([
      {
        id: 'chinese-government',
        name: 'Chinese government',
        kind: 'GovernmentBody',
        aliases: [
          'Peking',
          'Beijing',
          'chinesische Regierung',
          "Government of the People's Republic of China",
        ],
        score: expect.any(Number),
      },
    ]);
    expect(await found('"National Security Council"')).toEqual(['national-security-council']);
  });
});
