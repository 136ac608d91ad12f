/**
 * The workbench's document: the article, the entities the file defines, the facts, and what became
 * of each suggestion. It turns into the two saved files: the fact file (format newsgraph/facts@1,
 * exactly what `load` and `ingestArticle` take) and the suggestion log (src/curate/ruleStats.ts).
 */
import { LEXICON } from '../../../curate/lexicon.js';
import type { KnownEntity } from '../../../curate/mentions.js';
import { CURATION_LOG_FORMAT, type CurationLog, type Outcome } from '../../../curate/ruleStats.js';
import type { Suggestion } from '../../../curate/suggest.js';
import type { QualifierKey } from '../../../domain/qualifierKeys.js';
import type { RelationType } from '../../../domain/relationTypes.js';

export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
  url: string;
  author: string;
}

export interface EntityDef {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
  /** Keys of an opened file the workbench does not edit (roles, …): saved as they were. */
  extra?: Record<string, unknown>;
}

export type Modality = 'alleged' | 'reported' | 'confirmed';

export interface FactDraft {
  id: string;
  subject: string;
  type: RelationType;
  object: string;
  summary: string;
  quote: string;
  qualifiers: Partial<Record<QualifierKey, string>>;
  statedBy: string | null;
  modality: Modality;
  confidence: number;
  denies: string[];
  /** The suggestion it was accepted from, to tell "accepted" from "corrected" when saving. */
  from?: SuggestionView;
  /** Keys of an opened file the workbench does not edit: saved as they were. */
  extra?: Record<string, unknown>;
}

export interface SuggestionView extends Suggestion {
  key: string;
  rule: string;
  outcome: Outcome;
}

export const FACT_FILE_FORMAT = 'newsgraph/facts@1';

export const kebab = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function summaryOf(subject: string, type: RelationType, object: string): string {
  const verb = LEXICON[type]?.verb ?? type.toLowerCase().replace(/_/g, ' ');
  return `${subject} ${verb} ${object}.`;
}

/** `subject-type-object`, numbered when the file already has it (fact ids are global). */
export function factIdFor(
  subject: string,
  type: RelationType,
  object: string,
  taken: ReadonlySet<string>,
): string {
  const base = `${subject}-${type.toLowerCase().replace(/_/g, '-')}-${object}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Did the curator change what the suggestion said before keeping it? */
export function corrected(f: FactDraft): boolean {
  const s = f.from;
  if (!s) return false;
  return (
    f.subject !== s.subject ||
    f.type !== s.type ||
    f.object !== s.object ||
    f.quote !== s.quote ||
    f.modality !== s.modality ||
    (f.statedBy ?? null) !== (s.statedBy ?? null)
  );
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The fact file. Entities: the file's own plus every graph entity a fact names (the loader wants
 * each referenced entity defined in the file), with the names and aliases the graph has.
 */
export function factFile(
  text: string,
  meta: ArticleMeta,
  fileEntities: readonly EntityDef[],
  facts: readonly FactDraft[],
  graphEntity: (id: string) => KnownEntity | undefined,
  articleExtra: Record<string, unknown> = {},
): Record<string, unknown> {
  const entities = new Map<string, EntityDef>(fileEntities.map((e) => [e.id, e]));
  for (const f of facts)
    for (const id of [f.subject, f.object, f.statedBy])
      if (id && !entities.has(id)) {
        const g = graphEntity(id);
        if (g) entities.set(id, { id: g.id, name: g.name, kind: g.kind, aliases: [...g.aliases] });
      }
  return {
    format: FACT_FILE_FORMAT,
    article: {
      ...articleExtra,
      id: meta.id.trim(),
      title: meta.title.trim(),
      language: meta.language.trim(),
      outlet: orNull(meta.outlet),
      author: orNull(meta.author),
      publishedAt: orNull(meta.publishedAt),
      url: orNull(meta.url),
      text,
    },
    entities: [...entities.values()].map((e) => ({
      ...e.extra,
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      ...(e.description ? { description: e.description } : {}),
    })),
    facts: facts.map((f) => ({
      ...f.extra,
      id: f.id,
      subject: f.subject,
      type: f.type,
      object: f.object,
      summary: f.summary,
      quote: f.quote,
      ...(Object.values(f.qualifiers).some(Boolean)
        ? { qualifiers: Object.fromEntries(Object.entries(f.qualifiers).filter(([, v]) => v)) }
        : {}),
      ...(f.statedBy ? { statedBy: f.statedBy } : {}),
      modality: f.modality,
      confidence: f.confidence,
      ...(f.type === 'DENIES' ? { denies: f.denies } : {}),
    })),
  };
}

/** The fact that states what the suggestion says (same type and ends, quotes overlapping), if any. */
export function statingFact(
  s: Pick<Suggestion, 'type' | 'subject' | 'object' | 'start' | 'end'>,
  facts: readonly FactDraft[],
  text: string,
): FactDraft | undefined {
  return facts.find((f) => {
    if (f.type !== s.type || f.subject !== s.subject || f.object !== s.object) return false;
    const at = text.indexOf(f.quote);
    return at >= 0 && at < s.end && s.start < at + f.quote.length;
  });
}

/**
 * The suggestion log: every suggestion shown, with what became of it. One accepted and then
 * deleted counts as rejected (the curator did not keep it); one left open that a fact the curator
 * wrote by hand states counts as accepted (the rule was right).
 */
export function curationLog(
  articleId: string,
  suggestions: readonly SuggestionView[],
  facts: readonly FactDraft[],
  text: string,
): CurationLog {
  const factFrom = new Map(facts.filter((f) => f.from).map((f) => [f.from!.key, f]));
  return {
    format: CURATION_LOG_FORMAT,
    article: articleId,
    savedAt: new Date().toISOString(),
    suggestions: suggestions.map((s) => {
      let fact: FactDraft | undefined;
      let outcome: Outcome = s.outcome;
      if (s.outcome === 'accepted') {
        fact = factFrom.get(s.key);
        outcome = !fact ? 'rejected' : corrected(fact) ? 'corrected' : 'accepted';
      } else if (s.outcome === 'shown') {
        fact = statingFact(s, facts, text);
        if (fact) outcome = 'accepted';
      }
      return {
        rule: s.rule,
        type: s.type,
        subject: s.subject,
        object: s.object,
        quote: s.quote,
        outcome,
        ...(fact && outcome !== 'rejected' ? { fact: fact.id } : {}),
      };
    }),
  };
}
