/**
 * The rows of the graph model (cypher/README.md) for a set of fact files: what the loader writes,
 * flattened — entities, articles, MENTIONS pairs and one record per distinct fact with its sources
 * gathered from every article that reports it. The LOAD CSV and naive loaders write these.
 */
import { createHash } from 'node:crypto';
import { RELATION_TYPES, type RelationType } from '../../src/ingest/relationTypes.js';
import type { SynFactFile } from '../corpus/factFile.js';
import type { SynEntity } from '../corpus/entities.js';

export interface EntityRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  description: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  language: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  textSha256: string;
  factCount: number;
}

export interface FactRow {
  id: string;
  type: RelationType;
  subject: string;
  object: string;
  summary: string;
  about: string | null;
  reason: string | null;
  when: string | null;
  role: string | null;
  scope: string | null;
  modality: string;
  confidence: number;
  statedBy: string | null;
  cameo: string | null;
  denies: string[] | null;
  sourceArticleIds: string[];
  sourceQuotes: string[];
  sourceStarts: number[];
}

export interface GraphRecords {
  entities: Map<string, EntityRow>;
  articles: ArticleRow[];
  mentions: [string, string][];
  facts: Map<string, FactRow>;
}

export function entityRow(e: SynEntity, names: (id: string) => string): EntityRow {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    roles: (e.roles ?? []).map((r) => `${r.title} of ${names(r.of)}`),
    description: e.description ?? null,
  };
}

export function articleRow(f: SynFactFile): ArticleRow {
  const a = f.article;
  const textSha256 = createHash('sha256').update(a.text).digest('hex');
  return { ...a, text: a.text, textSha256, factCount: f.facts.length };
}

export function factRow(f: SynFactFile, i: number): FactRow {
  const x = f.facts[i]!;
  const q = x.qualifiers ?? {};
  return {
    id: x.id,
    type: x.type,
    subject: x.subject,
    object: x.object,
    summary: x.summary,
    about: q.about ?? null,
    reason: q.reason ?? null,
    when: q.when ?? null,
    role: q.role ?? null,
    scope: q.scope ?? null,
    modality: x.modality,
    confidence: x.confidence,
    statedBy: x.statedBy ?? null,
    cameo: RELATION_TYPES[x.type].cameo,
    denies: x.denies ?? null,
    sourceArticleIds: [f.article.id],
    sourceQuotes: [x.quote],
    sourceStarts: [f.article.text.indexOf(x.quote)],
  };
}

export function graphRecords(files: SynFactFile[]): GraphRecords {
  const entities = new Map<string, EntityRow>();
  const facts = new Map<string, FactRow>();
  const mentions: [string, string][] = [];
  for (const f of files) {
    const local = new Map(f.entities.map((e) => [e.id, e.name]));
    // MENTIONS: every entity of the file, as the loader writes them.
    for (const e of f.entities) {
      entities.set(
        e.id,
        entityRow(e, (id) => local.get(id) ?? id),
      );
      mentions.push([f.article.id, e.id]);
    }
    f.facts.forEach((_, i) => {
      const row = factRow(f, i);
      const seen = facts.get(row.id);
      if (!seen) facts.set(row.id, row);
      else {
        seen.sourceArticleIds.push(...row.sourceArticleIds);
        seen.sourceQuotes.push(...row.sourceQuotes);
        seen.sourceStarts.push(...row.sourceStarts);
      }
    });
  }
  return { entities, articles: files.map(articleRow), mentions, facts };
}
