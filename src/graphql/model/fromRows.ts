/**
 * Query rows → records. Every relation query returns the same columns (`type`, `fact`,
 * `subject`, `object`), every entity query `properties(e)`, so one mapper per shape.
 */
import type { Plain } from '../../neo4j/toPlain.js';
import { ENTITY_KINDS } from '../../domain/entityKinds.js';
import { isRelationType } from '../../domain/relationTypes.js';
import type { DatePrecision, EntityKind, Modality } from '../generated/resolvers.js';
import { list, map, num, optNum, optStr, str, strList } from './plain.js';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  EventDateRecord,
  QualifiersRecord,
  RelationRecord,
  SourceRecord,
} from './records.js';

const MODALITIES: Record<string, Modality> = {
  alleged: 'ALLEGED',
  reported: 'REPORTED',
  confirmed: 'CONFIRMED',
};

export function toEntity(value: Plain | undefined): EntityRecord {
  const e = map(value, 'an entity');
  const id = str(e.id, 'entity id');
  const kind = str(e.kind, `kind of entity ${id}`);
  if (!(ENTITY_KINDS as readonly string[]).includes(kind))
    throw new Error(`Entity ${id} has unknown kind ${kind}`);
  return {
    id,
    name: str(e.name, `name of entity ${id}`),
    kind: kind as EntityKind,
    aliases: strList(e.aliases, `aliases of entity ${id}`),
    roles: strList(e.roles, `roles of entity ${id}`),
    description: optStr(e.description, `description of entity ${id}`),
    wikidataId: optStr(e.wikidataId, `wikidataId of entity ${id}`),
  };
}

const PRECISIONS: Record<string, DatePrecision> = {
  year: 'YEAR',
  month: 'MONTH',
  day: 'DAY',
  instant: 'INSTANT',
};

function toPrecision(value: Plain | undefined, what: string): DatePrecision | null {
  const p = optStr(value, what);
  if (p === null) return null;
  const precision = PRECISIONS[p];
  if (!precision) throw new Error(`Unknown date precision ${p} (${what})`);
  return precision;
}

/** The event date of a fact or claim (eventText, eventFrom, eventTo, eventPrecision), or null. */
function toEventDate(props: Record<string, Plain>, what: string): EventDateRecord | null {
  const text = optStr(props.eventText, `eventText of ${what}`);
  if (text === null) return null;
  return {
    text,
    from: str(props.eventFrom, `eventFrom of ${what}`),
    to: str(props.eventTo, `eventTo of ${what}`),
    precision: toPrecision(props.eventPrecision, `eventPrecision of ${what}`) ?? 'INSTANT',
  };
}

/**
 * A fact's first report (firstReported, firstReportedPrecision) as a date: the period of that
 * precision that starts there; the text is that period written as a fact file would (in UTC).
 */
function toReportedDate(props: Record<string, Plain>, what: string): EventDateRecord | null {
  const from = optStr(props.firstReported, `firstReported of ${what}`);
  if (from === null) return null;
  const precision =
    toPrecision(props.firstReportedPrecision, `firstReportedPrecision of ${what}`) ?? 'INSTANT';
  return { ...periodOf(from, precision), precision };
}

/** The text and end of the period of `precision` starting at the ISO instant `from`. */
function periodOf(from: string, precision: DatePrecision): { text: string; from: string; to: string } {
  const d = new Date(from);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  switch (precision) {
    case 'YEAR':
      return { text: from.slice(0, 4), from, to: iso(Date.UTC(y + 1, 0, 1)) };
    case 'MONTH':
      return { text: from.slice(0, 7), from, to: iso(Date.UTC(y, m + 1, 1)) };
    case 'DAY':
      return { text: from.slice(0, 10), from, to: iso(Date.UTC(y, m, day + 1)) };
    default:
      return { text: from, from, to: from };
  }
}

function toModality(value: Plain | undefined, what: string): Modality {
  const modality = MODALITIES[str(value, `modality of ${what}`)];
  if (!modality) throw new Error(`${what} has unknown modality ${String(value)}`);
  return modality;
}

function toQualifiers(props: Record<string, Plain>, what: string): QualifiersRecord {
  const q = (key: string) => optStr(props[key], `${key} of ${what}`);
  return { about: q('about'), reason: q('reason'), when: q('when'), role: q('role'), scope: q('scope') };
}

/** A Claim node's properties. */
export function toClaim(value: Plain | undefined): ClaimRecord {
  const c = map(value, 'a claim');
  const what = `claim ${str(c.id, 'claim id')}`;
  const deprecatedOn = optStr(c.deprecatedOn, `deprecatedOn of ${what}`);
  return {
    articleId: str(c.articleId, `articleId of ${what}`),
    quote: str(c.quote, `quote of ${what}`),
    position: num(c.start, `start of ${what}`),
    summary: str(c.summary, `summary of ${what}`),
    qualifiers: toQualifiers(c, what),
    modality: toModality(c.modality, what),
    confidence: num(c.confidence, `confidence of ${what}`),
    statedById: optStr(c.statedBy, `statedBy of ${what}`),
    cameo: optStr(c.cameo, `cameo of ${what}`),
    happened: toEventDate(c, what),
    deprecated:
      deprecatedOn === null
        ? null
        : { on: deprecatedOn, reason: str(c.deprecationReason, `deprecationReason of ${what}`) },
  };
}

/** A relation from a row or map with `type`, `fact` (its properties), `subject`, `object`. */
export function toRelation(value: Plain | undefined): RelationRecord {
  const row = map(value, 'a relation');
  const fact = map(row.fact, 'a fact');
  const id = str(fact.id, 'fact id');
  const type = str(row.type, `type of fact ${id}`);
  if (!isRelationType(type)) throw new Error(`Fact ${id} has unknown type ${type}`);
  const q = (key: string) => optStr(fact[key], `${key} of fact ${id}`);
  return {
    id,
    type,
    subject: toEntity(row.subject),
    object: toEntity(row.object),
    summary: str(fact.summary, `summary of fact ${id}`),
    qualifiers: toQualifiers(fact, `fact ${id}`),
    modality: toModality(fact.modality, `fact ${id}`),
    confidence: num(fact.confidence, `confidence of fact ${id}`),
    statedById: q('statedBy'),
    cameo: q('cameo'),
    deniesIds: strList(fact.denies, `denies of fact ${id}`),
    sources: toSources(fact, id),
    retracted: fact.retracted === true,
    happened: toEventDate(fact, `fact ${id}`),
    firstReported: toReportedDate(fact, `fact ${id}`),
    // Absent only on a fact derived by an older rule, until the start-up migration derives it again.
    articleCount: optNum(fact.articleCount, `articleCount of fact ${id}`) ?? 0,
    outletCount: optNum(fact.outletCount, `outletCount of fact ${id}`) ?? 0,
  };
}

/** The parallel lists sourceArticleIds / sourceQuotes / sourceStarts, zipped. */
function toSources(fact: Record<string, Plain>, id: string): SourceRecord[] {
  const articles = strList(fact.sourceArticleIds, `sourceArticleIds of fact ${id}`);
  const quotes = strList(fact.sourceQuotes, `sourceQuotes of fact ${id}`);
  const starts = list(fact.sourceStarts, `sourceStarts of fact ${id}`);
  if (quotes.length !== articles.length || starts.length !== articles.length)
    throw new Error(`Fact ${id} has source lists of different lengths`);
  return articles.map((articleId, i) => ({
    articleId,
    quote: quotes[i] ?? '',
    position: num(starts[i], `sourceStarts[${i}] of fact ${id}`),
  }));
}

export function toArticle(value: Plain | undefined): ArticleRecord {
  const a = map(value, 'an article');
  const id = str(a.id, 'article id');
  const s = (key: string) => optStr(a[key], `${key} of article ${id}`);
  return {
    id,
    title: str(a.title, `title of article ${id}`),
    language: str(a.language, `language of article ${id}`),
    outlet: s('outlet'),
    author: s('author'),
    publishedAt: s('publishedAt'),
    publishedPrecision: toPrecision(a.publishedPrecision, `publishedPrecision of article ${id}`),
    publishedDate: s('publishedDate'),
    url: s('url'),
    textSha256: s('textSha256'),
    factCount: optNum(a.factCount, `factCount of article ${id}`),
    loadedAt: s('loadedAt'),
  };
}
