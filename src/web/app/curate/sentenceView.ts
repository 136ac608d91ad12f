/**
 * The article as sentences (coverage.ts, so `Intl.Segmenter` splits them exactly as
 * `newsgraph coverage` does), entity mentions marked, sentences some fact quotes marked covered,
 * and each sentence's open suggestions under it. Every piece of text carries `data-at`, its UTF-16
 * offset in the article, so a selection maps back to the exact characters of the text.
 */
import type { CoveredSentence } from '../../../curate/coverage.js';
import type { Mention } from '../../../curate/mentions.js';
import { el } from '../dom.js';
import type { SuggestionView } from './model.js';

export interface SentenceViewInput {
  text: string;
  sentences: readonly CoveredSentence[];
  mentions: readonly Mention[];
  /** Open suggestions by sentence start. */
  suggestions: ReadonlyMap<number, SuggestionView[]>;
  name: (id: string) => string;
}

function chunks(text: string, s: CoveredSentence, mentions: readonly Mention[]): Node[] {
  const out: Node[] = [];
  let at = s.start;
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    if (m.start > at) out.push(el('span', { 'data-at': String(at) }, text.slice(at, m.start)));
    out.push(
      el(
        'mark',
        {
          class: 'mention',
          'data-at': String(m.start),
          'data-entity': m.entity.id,
          title: `${m.entity.name} (${m.entity.kind} · ${m.entity.id})`,
        },
        text.slice(m.start, m.end),
      ),
    );
    at = m.end;
  }
  if (s.end > at) out.push(el('span', { 'data-at': String(at) }, text.slice(at, s.end)));
  return out;
}

function suggestionItem(s: SuggestionView, name: (id: string) => string): HTMLLIElement {
  return el(
    'li',
    { class: 'suggestion', tabindex: '0', 'data-key': s.key, 'data-type': s.type, 'data-rule': s.rule },
    el('span', { class: 'type' }, s.type),
    ` ${name(s.subject)} → ${name(s.object)}`,
    el('span', { class: 'modality' }, ` ${s.modality}${s.statedBy ? `, stated by ${name(s.statedBy)}` : ''}`),
    el('button', { type: 'button', 'data-action': 'accept', title: 'Accept (a or Enter)' }, 'Accept'),
    el('button', { type: 'button', 'data-action': 'reject', title: 'Reject (r or Delete)' }, 'Reject'),
    el('small', { class: 'cue' }, s.cue),
  );
}

export function renderSentences(container: HTMLElement, input: SentenceViewInput): void {
  container.replaceChildren(
    ...input.sentences.map((s, i) => {
      const open = input.suggestions.get(s.start) ?? [];
      return el(
        'div',
        { class: 'sentence-block' },
        el(
          'p',
          {
            class: 'sentence',
            tabindex: '0',
            'data-index': String(i),
            'data-start': String(s.start),
            'data-end': String(s.end),
            'data-covered': String(s.facts.length > 0),
          },
          ...chunks(input.text, s, input.mentions),
          ...s.facts.map((f) => el('span', { class: 'covered-by', 'data-fact': f.id }, f.type)),
        ),
        open.length
          ? el('ul', { class: 'suggestions' }, ...open.map((x) => suggestionItem(x, input.name)))
          : null,
      );
    }),
  );
}

/** The UTF-16 offset in the article of a selection boundary, or null outside the text. */
export function textOffset(node: Node, offset: number): number | null {
  const atOf = (n: Node) => {
    const holder = (n.nodeType === Node.TEXT_NODE ? n.parentElement : (n as Element))?.closest<HTMLElement>(
      '[data-at]',
    );
    return holder ? Number(holder.dataset.at) : null;
  };
  if (node.nodeType === Node.TEXT_NODE) {
    const at = atOf(node);
    return at === null ? null : at + offset;
  }
  const element = node as Element;
  const walker = (root: Node, last: boolean): Text | null => {
    const texts: Text[] = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = w.nextNode(); t; t = w.nextNode())
      if ((t.parentElement?.closest('[data-at]') ?? null) !== null) texts.push(t as Text);
    return (last ? texts[texts.length - 1] : texts[0]) ?? null;
  };
  const child = element.childNodes[offset];
  if (child) {
    const t = walker(child, false);
    const at = t ? atOf(t) : null;
    return at;
  }
  const t = walker(element, true);
  const at = t ? atOf(t) : null;
  return at === null ? null : at + t!.length;
}
