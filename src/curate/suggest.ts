/**
 * Suggested facts for an article, deterministic and explainable: every suggestion says which
 * lexicon entry fired and how its subject, object, speaker and modality were chosen (`cue`).
 *
 * Per sentence (sentences.ts), for every trigger of the lexicon (lexicon.ts) that is not part
 * of an entity's name nor made of words of a longer trigger ("fordert" of "fordert … auf"):
 *   - clause: the sentence is cut at ":", ";", dashes and before ", dass/ob/weil/…"; the
 *     subject is the first mention in the trigger's clause before the trigger that can act
 *     (its kind fits; not a place, not a compound, not inside an apposition ", … ," of an
 *     earlier mention, not the speaker) — failing that, the speaker ("Laut X … Vorwürfe");
 *   - object: the first other mention after the trigger in its clause (German V2 and English
 *     SVO: "X untersucht Y"), else between subject and trigger, appositions skipped (German
 *     verb-final: "X hat Y verboten"), else later in the sentence, else — for types that allow
 *     it — the article's most mentioned entity;
 *   - statedBy: the mention a reported-speech cue names ("laut X", "X zufolge", "X sagte"),
 *     unless it is the subject; modality: `alleged` with a modality cue ("soll", "angeblich"),
 *     `reported` with a speaker, else `confirmed`.
 * The quote is the whole sentence: an exact substring by construction.
 */
import { ALLEGED_CUES, LEXICON, SPEECH_CUES, type LexiconEntry, type RelationType } from './lexicon.js';
import { findMentions, topicEntity, type KnownEntity, type Mention } from './mentions.js';
import { compilePattern, matchPattern, words, type PatternMatch } from './patterns.js';
import { codePointOffset, splitSentences, type Sentence } from './sentences.js';

export type Modality = 'alleged' | 'reported' | 'confirmed';

export interface Suggestion {
  subject: string;
  type: RelationType;
  object: string;
  quote: string;
  /** Start of the quote in code points (as the loader records quote positions). */
  position: number;
  modality: Modality;
  statedBy: string | null;
  /** What fired: trigger and CAMEO code, and how subject, object, speaker and modality were chosen. */
  cue: string;
  /** UTF-16 offsets of the quote, for matching against other quotes. */
  start: number;
  end: number;
}

interface CompiledEntry {
  type: RelationType;
  entry: LexiconEntry;
  patterns: Array<{ pattern: string; steps: ReturnType<typeof compilePattern> }>;
}

function compile(language: string): CompiledEntry[] {
  const lang = language.toLowerCase().split('-')[0];
  return Object.entries(LEXICON).map(([type, entry]) => ({
    type: type as RelationType,
    entry: entry!,
    patterns: (lang === 'de' ? entry!.de : lang === 'en' ? entry!.en : [...entry!.de, ...entry!.en]).map(
      (pattern) => ({ pattern, steps: compilePattern(pattern) }),
    ),
  }));
}

const speechBefore = new RegExp(
  `(?:^|[^\\p{L}])(?:${SPEECH_CUES.before.join('|')})\\s+(?:(?:der|die|das|dem|den|des|the)\\s+)?$`,
  'iu',
);
const speechAfter = new RegExp(`^\\s*(?:${SPEECH_CUES.after.join('|')})(?![\\p{L}])`, 'iu');
const alleged = ALLEGED_CUES.map((c) => compilePattern(c));
const CLAUSE_BREAK =
  /[:;–—]|,(?=\s*(?:dass|ob|weil|während|wobei|nachdem|obwohl|sodass|that|whether|because|while|although)(?![\p{L}]))/giu;

export function suggestFacts(text: string, language: string, entities: readonly KnownEntity[]): Suggestion[] {
  const lexicon = compile(language);
  const mentions = findMentions(text, entities);
  const topic = topicEntity(mentions);
  const out: Suggestion[] = [];
  for (const sentence of splitSentences(text, language))
    out.push(...suggestInSentence(text, sentence, lexicon, mentions, topic));
  return out;
}

function suggestInSentence(
  text: string,
  sentence: Sentence,
  lexicon: readonly CompiledEntry[],
  allMentions: readonly Mention[],
  topic: KnownEntity | undefined,
): Suggestion[] {
  const mentions = allMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (mentions.length === 0) return [];
  const ws = words(sentence.text, sentence.start);
  const inName = (t: PatternMatch) => mentions.some((m) => t.start < m.end && m.start < t.firstEnd);
  const matched = lexicon.flatMap((c) =>
    c.patterns.flatMap((p) =>
      matchPattern(p.steps, ws)
        .filter((t) => !inName(t))
        .map((t) => ({ ...c, pattern: p.pattern, length: p.steps.length, trigger: t })),
    ),
  );
  // The most specific trigger wins: "fordert" (DEMANDS) in "fordert … auf" (APPEALS_TO) and
  // "rejects" (DENIES) in "rejects … demand" (REJECTS) are words of the longer pattern.
  const fired = matched.filter(
    (f) =>
      !matched.some(
        (g) => g.length > f.length && f.trigger.wordStarts.every((at) => g.trigger.wordStarts.includes(at)),
      ),
  );
  const firedTypes = new Set(fired.map((f) => f.type));
  const absorbedBy = (type: RelationType) =>
    lexicon.find((c) => firedTypes.has(c.type) && c.entry.absorbs?.includes(type));

  const speaker = mentions.find((m) => isSpeaker(text, sentence, m));
  const allegedCue = alleged.flatMap((steps) => matchPattern(steps, ws))[0];
  const clauses = clauseRanges(sentence);
  const appositions = appositionRanges(text, mentions, clauses);
  const inApposition = (m: Mention) => appositions.some(([s, e]) => m.start >= s && m.end <= e);
  const clauseOf = (at: number) =>
    clauses.find(([s, e]) => at >= s && at < e) ?? [sentence.start, sentence.end];

  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const f of fired) {
    if (absorbedBy(f.type)) continue;
    const { trigger, entry } = f;
    const [cs, ce] = clauseOf(trigger.start);
    const canAct = (m: Mention) => !entry.subjectKinds || entry.subjectKinds.includes(m.entity.kind as never);
    let subject = mentions.find(
      (m) =>
        m.start >= cs &&
        m.end <= trigger.start &&
        !m.compound &&
        !m.place &&
        !inApposition(m) &&
        m !== speaker &&
        canAct(m),
    );
    let subjectCue = 'subject: first actor before the trigger in its clause';
    if (!subject && speaker && canAct(speaker)) {
      subject = speaker;
      subjectCue = 'subject: the speaker';
    }
    if (!subject) continue;

    const accusationCompound = (m: Mention) =>
      m.compound !== undefined &&
      (entry.absorbs ?? []).some((t) =>
        lexicon
          .find((c) => c.type === t)
          ?.patterns.some((p) => matchPattern(p.steps, words(m.compound!)).length > 0),
      );
    const objectOk = (m: Mention) =>
      m.entity.id !== subject.entity.id && m !== speaker && (!m.compound || accusationCompound(m));
    const candidates: Array<[Mention | undefined, string]> = [
      [mentions.find((m) => m.start >= trigger.start && m.end <= ce && objectOk(m)), 'after the trigger'],
      [
        mentions.find(
          (m) => m.start >= subject.end && m.end <= trigger.start && !inApposition(m) && objectOk(m),
        ),
        'between subject and trigger',
      ],
      [mentions.find((m) => m.start >= ce && objectOk(m)), 'later in the sentence'],
    ];
    const found = candidates.find(([m]) => m !== undefined);
    const object =
      found?.[0]?.entity ??
      (entry.objectFallback === 'topic' && topic && topic.id !== subject.entity.id ? topic : undefined);
    if (!object) continue;
    const objectCue = found
      ? `object: ${found[1]}${found[0]!.compound ? ` ("${found[0]!.form}-${found[0]!.compound}")` : ''}`
      : "object: none named, the article's most mentioned entity";

    const key = `${f.type} ${subject.entity.id} ${object.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const statedBy = speaker && speaker.entity.id !== subject.entity.id ? speaker.entity.id : null;
    const modality: Modality = allegedCue ? 'alleged' : statedBy ? 'reported' : 'confirmed';
    const cue = [
      `trigger "${trigger.matched}" (${f.pattern}) → ${f.type}${entry.cameo ? ` (CAMEO ${entry.cameo})` : ''}`,
      subjectCue,
      objectCue,
      ...(speaker ? [`speaker: "${speakerCue(text, sentence, speaker)}"`] : []),
      ...(allegedCue ? [`modality: "${allegedCue.matched}"`] : []),
    ].join('; ');
    out.push({
      subject: subject.entity.id,
      type: f.type,
      object: object.id,
      quote: sentence.text,
      position: codePointOffset(text, sentence.start),
      modality,
      statedBy,
      cue,
      start: sentence.start,
      end: sentence.end,
    });
  }
  return out;
}

function isSpeaker(text: string, sentence: Sentence, m: Mention): boolean {
  return (
    speechBefore.test(text.slice(sentence.start, m.start)) ||
    speechAfter.test(text.slice(m.end, sentence.end))
  );
}

function speakerCue(text: string, sentence: Sentence, m: Mention): string {
  const before = speechBefore.exec(text.slice(sentence.start, m.start));
  if (before) return `${before[0].trim()} ${m.form}`;
  const after = speechAfter.exec(text.slice(m.end, sentence.end));
  return `${m.form} ${after?.[0].trim() ?? ''}`.trim();
}

function clauseRanges(sentence: Sentence): Array<[number, number]> {
  const cuts = [...sentence.text.matchAll(CLAUSE_BREAK)].map((m) => sentence.start + m.index);
  const bounds = [sentence.start, ...cuts, sentence.end];
  return bounds.slice(1).map((e, i) => [bounds[i]!, e]);
}

/** ", einer der größten Investoren von OpenAI," after a mention: up to the next comma in the clause. */
function appositionRanges(
  text: string,
  mentions: readonly Mention[],
  clauses: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of mentions) {
    if (!/^\s*,/.test(text.slice(m.end))) continue;
    const clause = clauses.find(([s, e]) => m.start >= s && m.start < e);
    if (!clause) continue;
    const open = text.indexOf(',', m.end);
    const close = text.indexOf(',', open + 1);
    if (close > open && close < clause[1]) ranges.push([open, close]);
  }
  return ranges;
}
