/**
 * The workbench's suggestion log (`<article id>.curation.json`, saved beside the fact file) and
 * each lexicon rule's acceptance rate over any number of such logs (`newsgraph coverage --rules`),
 * so rules that mostly produce rejected or corrected suggestions can be found and switched off.
 *
 * A rule is one lexicon pattern for one relation type, named `TYPE pattern` ("ACCUSES wirft … vor"),
 * read from the suggestion's `cue`. The log is a sidecar rather than a key in the fact file because
 * the fact file's objects are strict: an extra key would be refused by the loader.
 */

export const CURATION_LOG_FORMAT = 'newsgraph/curation-log@1';

/** What the curator did with a suggestion: nothing yet, kept as it was, kept after editing, dropped. */
export type Outcome = 'shown' | 'accepted' | 'corrected' | 'rejected';
export const OUTCOMES: readonly Outcome[] = ['shown', 'accepted', 'corrected', 'rejected'];

export interface LoggedSuggestion {
  rule: string;
  type: string;
  subject: string;
  object: string;
  quote: string;
  outcome: Outcome;
  /** The fact it became, when accepted or corrected. */
  fact?: string;
}

export interface CurationLog {
  format: typeof CURATION_LOG_FORMAT;
  article: string;
  savedAt: string;
  suggestions: LoggedSuggestion[];
}

const CUE = /^trigger "[^"]*" \((.+?)\) → ([A-Z_]+)/;

/** `ACCUSES wirft … vor` from a suggestion's cue (suggest.ts writes `trigger "…" (pattern) → TYPE …`). */
export function ruleOf(cue: string): string {
  const m = CUE.exec(cue);
  return m ? `${m[2]} ${m[1]}` : 'unknown rule';
}

export interface RuleStats {
  rule: string;
  /** Every suggestion the rule made that a curator saw, whatever became of it. */
  shown: number;
  accepted: number;
  corrected: number;
  rejected: number;
  /** accepted / shown: how often the rule was right as it stood; null when it was never shown. */
  rate: number | null;
}

/** Checks one parsed log file; throws naming the file and what is wrong. */
export function readCurationLog(file: string, data: unknown): CurationLog {
  const log = data as Partial<CurationLog> | null;
  if (!log || typeof log !== 'object' || log.format !== CURATION_LOG_FORMAT)
    throw new Error(`${file}: not a curation log (expected "format": "${CURATION_LOG_FORMAT}")`);
  if (!Array.isArray(log.suggestions)) throw new Error(`${file}: "suggestions" must be a list`);
  log.suggestions.forEach((s: Partial<LoggedSuggestion>, i) => {
    if (typeof s?.rule !== 'string') throw new Error(`${file}: suggestions[${i}].rule must be a string`);
    if (!OUTCOMES.includes(s.outcome as Outcome))
      throw new Error(`${file}: suggestions[${i}].outcome must be one of ${OUTCOMES.join(', ')}`);
  });
  return log as CurationLog;
}

/** Per rule over all logs, weakest first (lowest rate, then most shown). */
export function ruleStats(logs: readonly CurationLog[]): RuleStats[] {
  const byRule = new Map<string, RuleStats>();
  for (const log of logs)
    for (const s of log.suggestions) {
      const r = byRule.get(s.rule) ?? {
        rule: s.rule,
        shown: 0,
        accepted: 0,
        corrected: 0,
        rejected: 0,
        rate: null,
      };
      r.shown++;
      if (s.outcome !== 'shown') r[s.outcome]++;
      byRule.set(s.rule, r);
    }
  const stats = [...byRule.values()].map((r) => ({ ...r, rate: r.shown ? r.accepted / r.shown : null }));
  return stats.sort(
    (a, b) => (a.rate ?? 1) - (b.rate ?? 1) || b.shown - a.shown || a.rule.localeCompare(b.rule),
  );
}

export function formatRuleStats(stats: readonly RuleStats[], logCount: number): string {
  const rows = [
    ['rule', 'shown', 'accepted', 'corrected', 'rejected', 'rate'],
    ...stats.map((s) => [
      s.rule,
      String(s.shown),
      String(s.accepted),
      String(s.corrected),
      String(s.rejected),
      s.rate === null ? '-' : s.rate.toFixed(2),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
  );
  return (
    [
      ...lines,
      '',
      `${stats.length} rule(s) in ${logCount} log(s); rate = accepted unchanged / shown, weakest first.`,
    ].join('\n') + '\n'
  );
}
