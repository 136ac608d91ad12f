/**
 * A validated fact file as the parameters of the ingest statements (cypher/queries/ingest/):
 * plain maps of strings, numbers and lists, since Neo4j properties cannot hold maps.
 */
import { createHash } from 'node:crypto';
import { ENTITY_KINDS } from '../domain/entityKinds.js';
import { isRelationType, RELATION_TYPES } from '../domain/relationTypes.js';
import type { ValidArticle } from './validateFactFile.js';

export function articleRow(a: ValidArticle) {
  const { textFile: _textFile, ...meta } = a.article;
  return {
    ...meta,
    outlet: meta.outlet ?? null,
    author: meta.author ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    text: a.text,
    textSha256: createHash('sha256').update(a.text).digest('hex'),
    factCount: a.facts.length,
  };
}

export function entityRows(a: ValidArticle) {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    otherKinds: ENTITY_KINDS.filter((k) => k !== e.kind),
    aliases: e.aliases,
    // "spokesperson of White House": a readable string, since properties cannot hold maps.
    roles: e.roles.map((r) => `${r.title} of ${names.get(r.of) ?? r.of}`),
    description: e.description ?? null,
  }));
}

export function factRows(a: ValidArticle) {
  return a.facts.map((f) => {
    // The schema admitted only the closed list; checked again because it becomes a Cypher type.
    if (!isRelationType(f.type)) throw new Error(`Not a relation type: ${f.type}`);
    const q = f.qualifiers;
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
      },
    };
  });
}
