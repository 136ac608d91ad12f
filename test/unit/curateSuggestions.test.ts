/**
 * Suggested facts, measured: precision and recall against the seed's own fact file (the text the
 * lexicon was written with) — the goal for ACCUSES, INVESTIGATES, BANS and DENIES together is
 * recall ≥ 0.7 at precision ≥ 0.5 — and, reported separately, on two MADE-UP articles written
 * after the lexicon was finished (test/curate/fixtures/), and on two more written after the entries
 * for the other relation types were added, measured over those types and held to floors just
 * under the measured figures. A suggestion matches a fact when type, subject and object agree and
 * the quotes overlap. The entities are the fact file's own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreSuggestions, type Scored } from '../../src/curate/evaluate.js';
import { LEXICON, RELATION_TYPES } from '../../src/curate/lexicon.js';
import { suggestFacts } from '../../src/curate/suggest.js';
import { validateFactFile } from '../../src/ingest/validateFactFile.js';

const GOAL_TYPES = ['ACCUSES', 'INVESTIGATES', 'BANS', 'DENIES'] as const;
const FIXTURES = path.resolve('test/curate/fixtures');

function measure(factFile: string, textFile: string) {
  const raw = readFileSync(factFile, 'utf8');
  const data = (factFile.endsWith('.json') ? JSON.parse(raw) : parse(raw)) as {
    article: { language: string };
    entities: Parameters<typeof suggestFacts>[2];
    facts: Parameters<typeof scoreSuggestions>[1];
  };
  const text = readFileSync(textFile, 'utf8');
  const suggestions = suggestFacts(text, data.article.language, data.entities);
  return {
    text,
    suggestions,
    facts: data.facts,
    goal: scoreSuggestions(suggestions, data.facts, text, GOAL_TYPES),
    all: scoreSuggestions(suggestions, data.facts, text),
  };
}

const show = (name: string, s: Scored) =>
  `${name}: precision ${s.precision.toFixed(2)} (${s.correct}/${s.suggestions}), recall ${s.recall.toFixed(2)} (${s.found}/${s.facts})`;

describe('suggestions on the seed article', () => {
  const seed = measure(
    path.resolve('seed/000_efa1921cf80bbea2.facts.json'),
    path.resolve('seed/000_efa1921cf80bbea2.txt'),
  );

  it('reach recall ≥ 0.7 at precision ≥ 0.5 for ACCUSES, INVESTIGATES, BANS and DENIES', () => {
    console.log(show('seed, ACCUSES/INVESTIGATES/BANS/DENIES', seed.goal));
    console.log(show('seed, all types', seed.all));
    expect(seed.goal.recall).toBeGreaterThanOrEqual(0.7);
    expect(seed.goal.precision).toBeGreaterThanOrEqual(0.5);
  });

  it('quote exact substrings, at their code point position, and say what fired', () => {
    expect(seed.suggestions.length).toBeGreaterThan(0);
    for (const s of seed.suggestions) {
      expect(seed.text.slice(s.start, s.end)).toBe(s.quote);
      expect([...seed.text].slice(s.position, s.position + [...s.quote].length).join('')).toBe(s.quote);
      expect(s.cue).toMatch(new RegExp(`^trigger ".+" \\(.+\\) → ${s.type}`));
    }
  });

  it('explain the denial: trigger, subject, the accuser from "US-Vorwürfe"', () => {
    expect(seed.suggestions.find((s) => s.type === 'DENIES')).toEqual({
      subject: 'chinese-government',
      type: 'DENIES',
      object: 'united-states',
      quote: 'Peking wies die US-Vorwürfe eines möglichen Datenklaus zurück.',
      position: expect.any(Number),
      modality: 'confirmed',
      statedBy: null,
      cue:
        'trigger "wies … zurück" (wies … zurück) → DENIES (CAMEO 016); subject: first actor before the trigger in its clause; ' +
        'object: after the trigger ("US-Vorwürfe")',
      start: expect.any(Number),
      end: expect.any(Number),
    });
  });

  it('take the speaker from reported speech and the modality from its cue', () => {
    const s = suggestFacts(
      'Laut der Zeitung Nordblatt soll Acme die Firma Beta verklagt und beschuldigt haben.',
      'de',
      [
        { id: 'nordblatt', name: 'Nordblatt', kind: 'MediaOutlet', aliases: ['Zeitung Nordblatt'] },
        { id: 'acme', name: 'Acme', kind: 'Organization', aliases: [] },
        { id: 'beta', name: 'Beta', kind: 'Organization', aliases: ['Firma Beta'] },
      ],
    );
    expect(s.map((x) => [x.subject, x.type, x.object, x.statedBy, x.modality])).toEqual([
      ['acme', 'ACCUSES', 'beta', 'nordblatt', 'alleged'],
      ['acme', 'SUES', 'beta', 'nordblatt', 'alleged'],
    ]);
    expect(s[0]!.cue).toContain('speaker: "Laut der Zeitung Nordblatt"; modality: "soll"');
  });
});

describe('suggestions on the made-up articles (written after the lexicon; figures recorded, not tuned for)', () => {
  for (const name of ['made-up-klassenfux', 'made-up-quillo'])
    it(name, async () => {
      // The hand-written fact files are valid ones: what load accepts.
      expect((await validateFactFile(path.join(FIXTURES, `${name}.facts.yaml`))).problems).toEqual([]);
      const m = measure(path.join(FIXTURES, `${name}.facts.yaml`), path.join(FIXTURES, `${name}.txt`));
      console.log(show(`${name}, ACCUSES/INVESTIGATES/BANS/DENIES`, m.goal));
      console.log(show(`${name}, all types`, m.all));
      for (const s of [m.goal, m.all]) {
        expect(s.facts).toBeGreaterThan(0);
        expect(s.precision).toBeGreaterThanOrEqual(0);
        expect(s.recall).toBeLessThanOrEqual(1);
      }
    });
});

/** The types the lexicon got entries for after the seed and the first two made-up articles. */
const LATER_TYPES = Object.keys(RELATION_TYPES).filter(
  (t) =>
    ![
      'ACCUSES',
      'INVESTIGATES',
      'BANS',
      'RESTRICTS',
      'DENIES',
      'REPORTS',
      'COMMENTS_ON',
      'ATTACKS',
      'INVESTS_IN',
      'DEVELOPS',
      'COMPETES_WITH',
      'USES',
      'HOLDS_POSITION',
      'PART_OF',
    ].includes(t),
) as Array<keyof typeof RELATION_TYPES>;

describe('suggestions of the later types on two more made-up articles (written after those entries; not tuned for)', () => {
  // The floors sit just under what was measured (src/curate/README.md): one correct suggestion
  // fewer, or two wrong ones more, fails — a regression, not a goal.
  const floors = {
    'made-up-lumera': { precision: 0.4, recall: 0.25 },
    'made-up-kerrow': { precision: 0.6, recall: 0.2 },
  };
  for (const [name, floor] of Object.entries(floors))
    it(name, async () => {
      expect((await validateFactFile(path.join(FIXTURES, `${name}.facts.yaml`))).problems).toEqual([]);
      const m = measure(path.join(FIXTURES, `${name}.facts.yaml`), path.join(FIXTURES, `${name}.txt`));
      const later = scoreSuggestions(m.suggestions, m.facts, m.text, LATER_TYPES);
      console.log(show(`${name}, the ${LATER_TYPES.length} later types`, later));
      console.log(show(`${name}, all types`, m.all));
      expect(later.facts).toBeGreaterThanOrEqual(10);
      expect(later.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(later.recall).toBeGreaterThanOrEqual(floor.recall);
    });
});

describe('the lexicon', () => {
  it('has German and English triggers for every relation type of the vocabulary', () => {
    const missing = Object.keys(RELATION_TYPES).filter((type) => {
      const entry = LEXICON[type as keyof typeof RELATION_TYPES];
      return !entry || entry.de.length === 0 || entry.en.length === 0;
    });
    expect(missing).toEqual([]);
  });

  it('has entries for known relation types only, each with its type’s CAMEO code, in German and English', () => {
    for (const [type, entry] of Object.entries(LEXICON)) {
      expect(Object.keys(RELATION_TYPES)).toContain(type);
      expect(entry!.cameo).toBe(RELATION_TYPES[type as keyof typeof RELATION_TYPES].cameo);
      expect(entry!.de.length).toBeGreaterThan(0);
      expect(entry!.en.length).toBeGreaterThan(0);
    }
  });
});

describe('separable verbs and the most specific trigger', () => {
  const entities = [
    { id: 'aufsicht', name: 'Aufsichtsamt', kind: 'GovernmentBody', aliases: ['Amt'] },
    { id: 'nordwerk', name: 'Nordwerk', kind: 'Organization', aliases: [] },
  ];
  const fired = (text: string) =>
    suggestFacts(text, 'de', entities).map((x) => [x.subject, x.type, x.object, x.cue.split(';')[0]]);

  it('"fordert … auf" with its particle at the end of the clause is an appeal, its "fordert" no demand of its own', () => {
    expect(
      fired(
        'Das Aufsichtsamt fordert die Firma Nordwerk nach der Anhörung nachdrücklich auf, die Daten zu löschen.',
      ),
    ).toEqual([
      [
        'aufsicht',
        'APPEALS_TO',
        'nordwerk',
        'trigger "fordert … auf" (fordert … auf$) → APPEALS_TO (CAMEO 020)',
      ],
    ]);
  });

  it('"auf" as a preposition is no particle: "fordert" stays a demand', () => {
    expect(fired('Das Aufsichtsamt fordert auf seiner Website von Nordwerk die Löschung.')).toEqual([
      ['aufsicht', 'DEMANDS', 'nordwerk', 'trigger "fordert" (fordert) → DEMANDS (CAMEO 100)'],
    ]);
  });

  it('complying with, and rejecting, a demand: the demand is the matter, not a fact of its own', () => {
    expect(fired('Nordwerk kommt der Aufforderung des Aufsichtsamts nach.')).toEqual([
      [
        'nordwerk',
        'COMPLIES_WITH',
        'aufsicht',
        'trigger "kommt … nach" (kommt … nach$) → COMPLIES_WITH (CAMEO 080)',
      ],
    ]);
    expect(fired('Nordwerk weist die Forderung des Amts zurück.')).toEqual([
      [
        'nordwerk',
        'REJECTS',
        'aufsicht',
        'trigger "weist … Forderung … zurück" (weist … *forderung* … zurück) → REJECTS (CAMEO 120)',
      ],
    ]);
  });

  it('orders, threats and warnings', () => {
    expect(fired('Das Amt ordnete an, dass Nordwerk die App abschaltet.')).toEqual([
      ['aufsicht', 'ORDERS', 'nordwerk', 'trigger "ordnete an" (ordnete … an$) → ORDERS (CAMEO 100)'],
    ]);
    // The ban threatened is no ban yet.
    expect(fired('Das Amt droht Nordwerk mit einem Verbot.')).toEqual([
      ['aufsicht', 'THREATENS', 'nordwerk', 'trigger "droht" (droht) → THREATENS (CAMEO 130)'],
    ]);
    expect(fired('Das Amt warnt Nordwerk vor weiteren Schritten.')).toEqual([
      ['aufsicht', 'WARNS', 'nordwerk', 'trigger "warnt" (warnt) → WARNS (CAMEO 130)'],
    ]);
  });
});
