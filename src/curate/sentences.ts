/**
 * An article's sentences with their offsets, split by `Intl.Segmenter` (Unicode sentence
 * boundaries; a line break ends a sentence, so headings and bylines are sentences of their own).
 */

export interface Sentence {
  /** UTF-16 offsets in the text; `text` is the sentence without surrounding white space. */
  start: number;
  end: number;
  text: string;
}

export function splitSentences(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const s of segmenter.segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (body === '') continue;
    const start = s.index + lead;
    sentences.push({ start, end: start + body.length, text: body });
  }
  return sentences;
}

/** Code points before UTF-16 offset `at` (the loader's quote positions count code points). */
export const codePointOffset = (text: string, at: number) => [...text.slice(0, at)].length;
