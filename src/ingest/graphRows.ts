/**
 * A validated fact file as the parameters of the ingest statements (cypher/queries/ingest/):
 * plain maps of strings, numbers and lists, since Neo4j properties cannot hold maps.
 */
import { createHash } from 'node:crypto';
import { parsePartialDate } from '../domain/partialDate.js';
import { isRelationType, RELATION_TYPES } from '../domain/relationTypes.js';
import { isDefinition } from './factFile.js';
import type { ValidArticle } from './validateFactFile.js';

export function articleRow(a: ValidArticle) {
  const { textFile: _textFile, ...meta } = a.article;
  const published = meta.publishedAt ? parsePartialDate(meta.publishedAt) : undefined;
  return {
    ...meta,
    outlet: meta.outlet ?? null,
    author: meta.author ?? null,
    publishedAt: meta.publishedAt ?? null,
    // The period's first instant as a DATETIME orders and compares dates of any precision.
    publishedDate: published?.start ?? null,
    publishedPrecision: published?.precision ?? null,
    url: meta.url ?? null,
    text: a.text,
    textSha256: createHash('sha256').update(a.text).digest('hex'),
    factCount: a.facts.length,
  };
}

/**
 * What the article says of each entity it names: its definition (null name and kind for a
 * reference by id alone) and the aliases and roles it uses. Kept on its MENTIONS relationship, so
 * the entity's own values can be derived from every article's (ingestDeriveEntities).
 */
export function entityRows(a: ValidArticle) {
  const names = new Map(a.entities.flatMap((e) => (isDefinition(e) ? [[e.id, e.name] as const] : [])));
  return a.entities.map((e) => ({
    id: e.id,
    name: isDefinition(e) ? e.name : null,
    kind: isDefinition(e) ? e.kind : null,
    aliases: e.aliases,
    // "spokesperson of White House": a readable string, since properties cannot hold maps.
    roles: e.roles.map((r) => `${r.title} of ${names.get(r.of) ?? r.of}`),
    description: e.description ?? null,
    wikidataId: e.wikidataId ?? null,
  }));
}

/** The id of an article's claim of a fact: one claim per fact and article. */
export const claimId = (articleId: string, factId: string) => `${articleId}/${factId}`;

/**
 * Each fact of the article as its claim: what THIS article says of the fact (cypher/README.md,
 * "Claims"). The fact's own values are derived from all its claims (ingestDeriveFacts).
 */
export function factRows(a: ValidArticle) {
  const published = a.article.publishedAt ? parsePartialDate(a.article.publishedAt) : undefined;
  return a.facts.map((f) => {
    // The schema admitted only the closed list; checked again because it becomes a Cypher type.
    if (!isRelationType(f.type)) throw new Error(`Not a relation type: ${f.type}`);
    const q = f.qualifiers;
    const span = f.when === undefined ? undefined : typeof f.when === 'string' ? { from: f.when } : f.when;
    const from = span ? parsePartialDate(span.from) : undefined;
    const to = span && 'to' in span ? parsePartialDate(span.to) : undefined;
    return {
      id: f.id,
      type: f.type,
      subject: f.subject,
      object: f.object,
      quote: f.quote,
      quoteStart: f.quoteStart,
      props: {
        summary: f.summary,
        about: q.about ?? null,
        reason: q.reason ?? null,
        when: q.when ?? null,
        role: q.role ?? null,
        scope: q.scope ?? null,
        modality: f.modality,
        confidence: f.confidence,
        statedBy: f.statedBy ?? null,
        // Left out: the relation type's code; null: this fact has none.
        cameo: f.cameo === undefined ? RELATION_TYPES[f.type].cameo : f.cameo,
        denies: f.denies ?? null,
        // When it happened: a date or span as written, its first instant, the first instant after
        // it, and the precision of the start.
        eventText: span ? (to ? `${span.from}/${to.text}` : span.from) : null,
        eventFrom: from?.start ?? null,
        eventTo: (to ?? from)?.end ?? null,
        eventPrecision: from?.precision ?? null,
        deprecatedOn: f.deprecated ? parsePartialDate(f.deprecated.on)!.start : null,
        deprecationReason: f.deprecated?.reason ?? null,
        publishedDate: published?.start ?? null,
      },
    };
  });
}
