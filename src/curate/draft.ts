/**
 * A fact-file draft for an article's text: the article block filled in, the known entities the
 * text mentions (referenced by id), and the suggested facts, each marked `suggested: <cue>` so
 * that `load` refuses it until a person has checked it and deleted the marker.
 */
import { Document } from 'yaml';
import { FORMAT } from '../ingest/factFile.js';
import { SUGGESTED_KEY } from '../ingest/checkFactFile.js';
import { LEXICON } from './lexicon.js';
import { findMentions, type KnownEntity } from './mentions.js';
import { suggestFacts, type Suggestion } from './suggest.js';

export interface DraftInput {
  text: string;
  /** As the draft names it: relative to where the draft is written. */
  textFile: string;
  id: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  language?: string;
  entities: readonly KnownEntity[];
}

export interface Draft {
  language: string;
  entities: KnownEntity[];
  suggestions: Suggestion[];
  factFile: Record<string, unknown>;
}

export function buildDraft(input: DraftInput): Draft {
  const language = input.language ?? guessLanguage(input.text);
  const mentioned = [...new Set(findMentions(input.text, input.entities).map((m) => m.entity))];
  const ids = new Set(mentioned.map((e) => e.id));
  const entities = mentioned.map((e) => ({
    ...e,
    ...(e.roles ? { roles: e.roles.filter((r) => ids.has(r.of)) } : {}),
  }));
  const suggestions = suggestFacts(input.text, language, entities);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  const factIds = new Set<string>();
  const facts = suggestions.map((s) => {
    const base = `${s.subject}-${s.type.toLowerCase().replace(/_/g, '-')}-${s.object}`;
    let id = base;
    for (let n = 2; factIds.has(id); n++) id = `${base}-${n}`;
    factIds.add(id);
    return {
      [SUGGESTED_KEY]: s.type === 'DENIES' ? `${s.cue}; name the denied facts in "denies"` : s.cue,
      id,
      subject: s.subject,
      type: s.type,
      object: s.object,
      summary: `${name.get(s.subject)} ${LEXICON[s.type]?.verb ?? s.type} ${name.get(s.object)}.`,
      quote: s.quote,
      ...(s.statedBy ? { statedBy: s.statedBy } : {}),
      modality: s.modality,
      confidence: 0.5,
    };
  });
  const factFile = {
    format: FORMAT,
    article: {
      id: input.id,
      title: input.title ?? firstLine(input.text),
      language,
      outlet: input.outlet ?? null,
      author: null,
      publishedAt: input.publishedAt ?? null,
      url: null,
      textFile: input.textFile,
    },
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases],
      ...(e.roles && e.roles.length > 0 ? { roles: e.roles } : {}),
      ...(e.description ? { description: e.description } : {}),
    })),
    facts,
  };
  return { language, entities, suggestions, factFile };
}

export function draftYaml(draft: Draft, from: string): string {
  const doc = new Document(draft.factFile);
  doc.commentBefore = [
    ` Draft made by \`newsgraph draft\` from ${from}.`,
    ` Every fact marked "${SUGGESTED_KEY}:" is a suggestion (its text says what fired). Check it against`,
    ` the article — subject, type, object, quote, modality, statedBy, summary — then delete the`,
    ` "${SUGGESTED_KEY}:" line to accept it, or delete the fact. \`newsgraph load\` refuses the file while`,
    ' any fact is still marked; `newsgraph check` lists them. Entities the text mentions that are',
    ' not listed here are not known yet: add them, and the facts about them, by hand.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** The --json answer: entities and suggestions (quote offsets as code points, as the loader counts). */
export function draftJson(draft: Draft): string {
  return JSON.stringify(
    {
      entities: draft.factFile.entities,
      suggestions: draft.suggestions.map(
        ({ subject, type, object, quote, position, modality, statedBy, cue }) => ({
          subject,
          type,
          object,
          quote,
          position,
          modality,
          statedBy,
          cue,
        }),
      ),
    },
    null,
    2,
  );
}

const firstLine = (text: string) => text.trim().split('\n')[0]!.trim().slice(0, 300) || 'untitled';

/** German or English, by their commonest short words. */
function guessLanguage(text: string): 'de' | 'en' {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const de = count(/\b(?:der|die|das|und|nicht|mit|ist|ein|eine|sich|auf|für)\b/giu);
  const en = count(/\b(?:the|and|is|with|not|of|to|that|for|on|was)\b/giu);
  return en > de ? 'en' : 'de';
}

/** `articles/Some Text.txt` → `some-text`. */
export function articleIdFrom(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'draft';
}
