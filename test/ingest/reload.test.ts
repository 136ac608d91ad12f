/**
 * Loading is idempotent; reloading an edited article replaces exactly its facts; a second article
 * reporting the same fact adds a source to the same relationship; a write is one transaction.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeArticles } from '../../src/ingest/writeArticles.js';
import { loadPath, readFactFiles } from '../../src/ingest/loadPath.js';
import { FactFileError } from '../../src/ingest/Problem.js';
import type { Database } from '../../src/neo4j/Database.js';
import { loadSeedGraph } from '../support/seedGraph.js';
import { graphCounts, openTestDatabase } from '../support/testDatabase.js';
import { factFingerprint, seedFacts, SEED_FILE, tempDir, writeFactFile, type Json } from './factFixtures.js';

const SEED_ID = 'efa1921cf80bbea2';
let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = await tempDir();
});
afterAll(() => db?.close());
beforeEach(() => loadSeedGraph(db));

/** A second article: reports the Navy ban (same fact id, its own quote) and one fact of its own. */
function secondArticle(): Json {
  const text =
    'Die US-Navy verbietet die DeepSeek-App. Auch die Marine der Vereinigten Staaten warnt vor DeepSeek.';
  return {
    format: 'newsgraph/facts@1',
    article: { id: 'second-article', title: 'Navy-Verbot', language: 'de', text },
    entities: [
      {
        id: 'us-navy',
        name: 'US Navy',
        kind: 'GovernmentBody',
        aliases: ['US-Navy', 'Marine der Vereinigten Staaten'],
      },
      { id: 'deepseek-app', name: 'DeepSeek app', kind: 'Product', aliases: ['DeepSeek-App'] },
      { id: 'deepseek', name: 'DeepSeek', kind: 'Organization' },
    ],
    facts: [
      {
        id: 'us-navy-bans-deepseek-app',
        subject: 'us-navy',
        type: 'BANS',
        object: 'deepseek-app',
        summary: 'The US Navy bans the DeepSeek app.',
        quote: 'Die US-Navy verbietet die DeepSeek-App.',
        modality: 'reported',
        confidence: 0.9,
      },
      {
        id: 'us-navy-comments-on-deepseek-warning',
        subject: 'us-navy',
        type: 'COMMENTS_ON',
        object: 'deepseek',
        summary: 'The US Navy warns about DeepSeek.',
        quote: 'Auch die Marine der Vereinigten Staaten warnt vor DeepSeek.',
        modality: 'reported',
        confidence: 0.8,
      },
    ],
  };
}

const navyBan = () =>
  db.read(`MATCH (:Entity {id: 'us-navy'})-[r:BANS]->(:Entity {id: 'deepseek-app'})
           RETURN r.sourceArticleIds AS articles, r.sourceQuotes AS quotes, r.sourceStarts AS starts`);

describe('reloading', () => {
  it('leaves counts and facts unchanged when the same file is loaded again', async () => {
    const counts = await graphCounts(db);
    const facts = await factFingerprint(db);
    // 21 entities, the article and its 32 claims; 32 facts, 21 MENTIONS, 32 STATES.
    expect(counts).toEqual({ nodes: 22 + 32, relationships: 53 + 32 });
    await loadPath(db, [SEED_FILE]);
    await loadPath(db, [SEED_FILE]);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await factFingerprint(db)).toEqual(facts);
  });

  it('writes an article with a constant number of statements, whatever its number of facts', async () => {
    const small = seedFacts();
    small.article.id = 'small-article';
    small.facts = small.facts.slice(0, 1);
    small.entities = small.entities.filter((e: Json) => ['openai', 'chinese-ai-companies'].includes(e.id));
    const [seed] = (await readFactFiles([SEED_FILE])).articles;
    const [one] = (await readFactFiles([await writeFactFile(dir, 'small.facts.json', small)])).articles;
    const count = async (work: () => Promise<unknown>) => {
      let n = 0;
      const off = db.onQuery(() => n++);
      await work();
      off();
      return n;
    };
    const forSeed = await count(() => writeArticles(db, [seed!]));
    expect(forSeed).toBe(await count(() => writeArticles(db, [one!])));
    // Lookup, removal, articles, entities, new facts, claims and the two derivations (writeArticles.ts).
    expect(forSeed).toBeLessThanOrEqual(10);
  });

  it('adds a source, not an edge, when a second article reports the same fact; aliases are merged', async () => {
    await loadPath(db, [await writeFactFile(dir, 'second.facts.json', secondArticle())]);
    const bans = await navyBan();
    expect(bans).toHaveLength(1);
    expect(bans[0]?.articles).toEqual([SEED_ID, 'second-article']);
    expect(bans[0]?.quotes).toEqual([
      expect.stringContaining('Die US-Navy hat'),
      'Die US-Navy verbietet die DeepSeek-App.',
    ]);
    expect(bans[0]?.starts).toEqual([expect.any(Number), 0]);
    const [navy] = await db.read(`MATCH (e:Entity {id: 'us-navy'}) RETURN e.aliases AS aliases`);
    expect(navy?.aliases).toEqual([
      'US-Navy',
      'U.S. Navy',
      'United States Navy',
      'Marine der Vereinigten Staaten',
    ]);
    const [mentions] = await db.read(
      `MATCH (:Article {id: 'second-article'})-[m:MENTIONS]->(e:Entity) RETURN count(e) AS n`,
    );
    expect(mentions?.n).toBe(3);
  });

  it("replaces an edited article's facts: no stale edges, other articles' sources untouched", async () => {
    await loadPath(db, [await writeFactFile(dir, 'second.facts.json', secondArticle())]);
    const edited = seedFacts();
    const dropped = ['us-navy-bans-deepseek-app', 'donald-trump-comments-on-deepseek-wake-up-call'];
    // Drop CCTV altogether: the entity, and both its facts.
    dropped.push('cctv-reports-deepseek-cyberattacks', 'cctv-part-of-chinese-state-media');
    edited.facts = edited.facts.filter((f: Json) => !dropped.includes(f.id));
    edited.entities = edited.entities.filter((e: Json) => e.id !== 'cctv');
    const moved = edited.facts.find(
      (f: Json) => f.id === 'microsoft-investigates-unauthorized-use-of-openai-data',
    );
    moved.object = 'openai';
    moved.summary = 'Microsoft is investigating whether OpenAI data was used without permission.';
    await loadPath(db, [await writeFactFile(dir, 'edited.facts.json', edited)]);

    // The Navy ban stays, sourced by the second article only; Trump's comment and CCTV are gone.
    expect((await navyBan())[0]?.articles).toEqual(['second-article']);
    const gone = await db.read(
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.id IN $dropped OR s.id = 'cctv' OR o.id = 'cctv' RETURN r.id AS id`,
      { dropped: dropped.slice(1) },
    );
    expect(gone).toEqual([]);
    expect(await db.read(`MATCH (e:Entity {id: 'cctv'}) RETURN e.id AS id`)).toEqual([]);
    const [inv] = await db.read(
      `MATCH (:Entity {id: 'microsoft'})-[r:INVESTIGATES]->(o:Entity) RETURN o.id AS object, r.summary AS summary`,
    );
    expect(inv).toEqual({ object: 'openai', summary: moved.summary });

    // What the seed article sources is exactly what the edited file says.
    const [sourced] = await db.read(
      `MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.sourceArticleIds RETURN count(r) AS n`,
      { id: SEED_ID },
    );
    expect(sourced?.n).toBe(edited.facts.length);
    expect(await graphCounts(db)).toEqual({
      // CCTV gone; the second article's node; a claim per fact each article states
      nodes: 22 - 1 + 1 + edited.facts.length + secondArticle().facts.length,
      // CCTV's MENTIONS, 3 seed-only facts; the second's fact + MENTIONS; a STATES per claim
      relationships: 53 - 1 - 3 + 1 + 3 + edited.facts.length + secondArticle().facts.length,
    });
  });

  it("keeps each fact in its relationship when an edited article is loaded again, with its new version (and an analyst's own property)", async () => {
    const elementIds = async () =>
      new Map(
        (
          await db.read(
            `MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.sourceArticleIds RETURN r.id AS id, elementId(r) AS e`,
            { id: SEED_ID },
          )
        ).map((r) => [r.id, r.e]),
      );
    const before = await elementIds();
    // An analyst's own property on the fact: the loader replaces only the properties it writes.
    await db.write(`MATCH ()-[r:USES {id: 'deepseek-uses-openai-models'}]->() SET r.analystNote = 'checked'`);
    const edited = seedFacts();
    const fact = edited.facts.find((f: Json) => f.id === 'deepseek-uses-openai-models');
    delete fact.statedBy;
    fact.qualifiers = { about: 'its own development' };
    fact.confidence = 0.5;
    await loadPath(db, [await writeFactFile(dir, 'edited.facts.json', edited)]);

    // Not deleted and created again (a reload of thousands of facts did that, quadratically).
    expect(await elementIds()).toEqual(before);
    const [r] = await db.read(
      `MATCH (:Entity {id: 'deepseek'})-[r:USES {id: 'deepseek-uses-openai-models'}]->() RETURN properties(r) AS p`,
    );
    expect(r?.p).toMatchObject({
      about: 'its own development',
      confidence: 0.5,
      sourceArticleIds: [SEED_ID],
      analystNote: 'checked',
    });
    expect(r?.p).not.toHaveProperty('statedBy');
    expect(r?.p).not.toHaveProperty('reason');
    expect((r?.p as Json).sourceQuotes).toHaveLength(1);
  });

  it("swaps an entity's kind label when a reloaded article gives it another kind, and only then", async () => {
    const kindOf = async (id: string) =>
      (await db.read(`MATCH (e:Entity {id: $id}) RETURN e.kind AS kind, labels(e) AS labels`, { id }))[0];
    expect(await kindOf('deepseek-app')).toEqual({ kind: 'Product', labels: ['Entity', 'Product'] });
    const edited = seedFacts();
    edited.entities.find((e: Json) => e.id === 'deepseek-app').kind = 'Organization';
    await loadPath(db, [await writeFactFile(dir, 'edited.facts.json', edited)]);
    expect(await kindOf('deepseek-app')).toEqual({
      kind: 'Organization',
      labels: ['Entity', 'Organization'],
    });
    // The same kind again: the labels stay as they are.
    await loadPath(db, [await writeFactFile(dir, 'edited.facts.json', edited)]);
    expect(await kindOf('deepseek-app')).toEqual({
      kind: 'Organization',
      labels: ['Entity', 'Organization'],
    });
  });

  it('rolls the whole article back when its transaction fails midway', async () => {
    await loadPath(db, [await writeFactFile(dir, 'second.facts.json', secondArticle())]);
    const before = await factFingerprint(db);
    const counts = await graphCounts(db);
    const [seed] = (await readFactFiles([SEED_FILE])).articles;
    // Bypassing the pre-checks: the seed reloaded with a fact id that the second article holds
    // with another type. The transaction first removes every seed source (deleting most facts),
    // then its own check rejects the clash: all of it must roll back.
    const clash = {
      ...seed!,
      facts: seed!.facts.map((f, i) => (i === 0 ? { ...f, id: 'us-navy-comments-on-deepseek-warning' } : f)),
    };
    await expect(writeArticles(db, [clash])).rejects.toThrow(FactFileError);
    await expect(writeArticles(db, [clash])).rejects.toThrow(
      /"us-navy-comments-on-deepseek-warning" is in the graph as us-navy COMMENTS_ON deepseek/,
    );
    expect(await graphCounts(db)).toEqual(counts);
    expect(await factFingerprint(db)).toEqual(before);
  });
});
