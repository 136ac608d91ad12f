/**
 * Query rows → records. Every relation query returns the same columns (`type`, `fact`,
 * `subject`, `object`), every entity query `properties(e)`, so one mapper per shape.
 */
import type { Plain } from '../../neo4j/toPlain.js';
import { ENTITY_KINDS } from '../../domain/entityKinds.js';
import { isRelationType } from '../../domain/relationTypes.js';
import type { EntityKind, Modality } from '../generated/resolvers.js';
import { list, map, num, optNum, optStr, str, strList } from './plain.js';
import type { ArticleRecord, EntityRecord, RelationRecord, SourceRecord } from './records.js';

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
  };
}

/** A relation from a row or map with `type`, `fact` (its properties), `subject`, `object`. */
export function toRelation(value: Plain | undefined): RelationRecord {
  const row = map(value, 'a relation');
  const fact = map(row.fact, 'a fact');
  const id = str(fact.id, 'fact id');
  const type = str(row.type, `type of fact ${id}`);
  if (!isRelationType(type)) throw new Error(`Fact ${id} has unknown type ${type}`);
  const modality = MODALITIES[str(fact.modality, `modality of fact ${id}`)];
  if (!modality) throw new Error(`Fact ${id} has unknown modality ${String(fact.modality)}`);
  const q = (key: string) => optStr(fact[key], `${key} of fact ${id}`);
  return {
    id,
    type,
    subject: toEntity(row.subject),
    object: toEntity(row.object),
    summary: str(fact.summary, `summary of fact ${id}`),
    qualifiers: {
      about: q('about'),
      reason: q('reason'),
      when: q('when'),
      role: q('role'),
      scope: q('scope'),
    },
    modality,
    confidence: num(fact.confidence, `confidence of fact ${id}`),
    statedById: q('statedBy'),
    cameo: q('cameo'),
    deniesIds: strList(fact.denies, `denies of fact ${id}`),
    sources: toSources(fact, id),
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
    url: s('url'),
    textSha256: s('textSha256'),
    factCount: optNum(a.factCount, `factCount of article ${id}`),
    loadedAt: s('loadedAt'),
  };
}
