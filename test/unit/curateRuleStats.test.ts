/**
 * The workbench's suggestion log and `coverage --rules`: a rule is named from the cue that
 * suggest.ts writes; what became of each suggestion (kept, kept after editing, rejected, deleted
 * after accepting, written by hand) is logged; the rates are counted per rule over several logs.
 */
import { describe, expect, it } from 'vitest';
import {
  formatRuleStats,
  readCurationLog,
  ruleOf,
  ruleStats,
  type CurationLog,
} from '../../src/curate/ruleStats.js';
import { suggestFacts } from '../../src/curate/suggest.js';
import { curationLog, type FactDraft, type SuggestionView } from '../../src/web/app/curate/model.js';

const ENTITIES = [
  { id: 'microsoft', name: 'Microsoft', kind: 'Organization', aliases: [] },
  { id: 'deepseek', name: 'DeepSeek', kind: 'Organization', aliases: [] },
  { id: 'us-navy', name: 'US Navy', kind: 'GovernmentBody', aliases: ['US-Navy'] },
];
// MADE UP.
const TEXT =
  'Microsoft wirft DeepSeek vor, Daten kopiert zu haben. DeepSeek wies die Vorwürfe von Microsoft zurück. Die US-Navy prüft DeepSeek.';

function views(): SuggestionView[] {
  return suggestFacts(TEXT, 'de', ENTITIES).map((s) => ({
    ...s,
    key: `${s.type}|${s.subject}|${s.object}|${s.start}`,
    rule: ruleOf(s.cue),
    outcome: 'shown',
  }));
}

const factOf = (s: SuggestionView, change: Partial<FactDraft> = {}): FactDraft => ({
  id: `${s.subject}-${s.type.toLowerCase()}-${s.object}`,
  subject: s.subject,
  type: s.type,
  object: s.object,
  summary: 'x',
  quote: s.quote,
  qualifiers: {},
  statedBy: s.statedBy,
  modality: s.modality,
  confidence: 0.8,
  denies: [],
  from: s,
  ...change,
});

describe('suggestion rules', () => {
  it('names a rule by type and lexicon pattern, read from the cue suggest.ts writes', () => {
    expect(views().map((s) => s.rule)).toEqual([
      'ACCUSES wirft … vor',
      'DENIES wies … zurück',
      'INVESTIGATES prüft',
    ]);
    expect(ruleOf('something else')).toBe('unknown rule');
  });

  it('logs what became of each suggestion: accepted, corrected, rejected, deleted, written by hand, open', () => {
    const [accuses, denies, investigates] = views();
    const cases = (outcomes: SuggestionView['outcome'][], facts: FactDraft[]) =>
      curationLog(
        'a',
        [accuses!, denies!, investigates!].map((s, i) => ({ ...s, outcome: outcomes[i]! })),
        facts,
        TEXT,
      ).suggestions.map((s) => [s.outcome, s.fact]);
    // Kept as suggested; kept with another modality; rejected.
    expect(
      cases(
        ['accepted', 'accepted', 'rejected'],
        [factOf(accuses!), factOf(denies!, { modality: 'alleged' })],
      ),
    ).toEqual([
      ['accepted', 'microsoft-accuses-deepseek'],
      ['corrected', 'deepseek-denies-microsoft'],
      ['rejected', undefined],
    ]);
    // Accepted then deleted; left open but written by hand (no `from`); left open and not stated.
    expect(
      cases(['accepted', 'shown', 'shown'], [factOf(denies!, { from: undefined, id: 'by-hand' })]),
    ).toEqual([
      ['rejected', undefined],
      ['accepted', 'by-hand'],
      ['shown', undefined],
    ]);
  });

  it('counts each rule over several logs, weakest first, and prints a table', () => {
    const log = (outcomes: Array<[string, CurationLog['suggestions'][number]['outcome']]>): CurationLog => ({
      format: 'newsgraph/curation-log@1',
      article: 'a',
      savedAt: '2026-12-02T00:00:00Z',
      suggestions: outcomes.map(([rule, outcome]) => ({
        rule,
        outcome,
        type: 'X',
        subject: 's',
        object: 'o',
        quote: 'q',
      })),
    });
    const stats = ruleStats([
      log([
        ['ACCUSES Vorwürf*', 'accepted'],
        ['BANS sperrt', 'rejected'],
        ['BANS sperrt', 'corrected'],
      ]),
      log([
        ['ACCUSES Vorwürf*', 'shown'],
        ['BANS sperrt', 'accepted'],
        ['DENIES bestreitet', 'rejected'],
      ]),
    ]);
    expect(stats).toEqual([
      { rule: 'DENIES bestreitet', shown: 1, accepted: 0, corrected: 0, rejected: 1, rate: 0 },
      { rule: 'BANS sperrt', shown: 3, accepted: 1, corrected: 1, rejected: 1, rate: 1 / 3 },
      { rule: 'ACCUSES Vorwürf*', shown: 2, accepted: 1, corrected: 0, rejected: 0, rate: 0.5 },
    ]);
    expect(formatRuleStats(stats, 2)).toBe(
      [
        'rule               shown  accepted  corrected  rejected  rate',
        'DENIES bestreitet      1         0          0         1  0.00',
        'BANS sperrt            3         1          1         1  0.33',
        'ACCUSES Vorwürf*       2         1          0         0  0.50',
        '',
        '3 rule(s) in 2 log(s); rate = accepted unchanged / shown, weakest first.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a file that is not a curation log, naming it and what is wrong', () => {
    expect(() => readCurationLog('x.json', { format: 'newsgraph/facts@1' })).toThrow(
      'x.json: not a curation log (expected "format": "newsgraph/curation-log@1")',
    );
    expect(() =>
      readCurationLog('y.json', {
        format: 'newsgraph/curation-log@1',
        suggestions: [{ rule: 'R', outcome: 'maybe' }],
      }),
    ).toThrow('y.json: suggestions[0].outcome must be one of shown, accepted, corrected, rejected');
  });
});
