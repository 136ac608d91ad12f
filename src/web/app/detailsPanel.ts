/**
 * The side panel: for a fact, its summary, each article's claim (the verbatim German quote, the
 * article with its outlet and publication date, a retraction if any) oldest first, the
 * qualifiers, and the denials linked to it (or, for a denial, what it denies); for an entity,
 * its names, kind and description.
 */
import { RELATION_COLORS } from '../../export/palette.js';
import { byId, el } from './dom.js';
import type { EntityDetails, RelationDetails } from './graphql.js';
import { typeWords } from './graphView.js';

export interface PanelActions {
  /** Shows another fact (a denial, or a denied fact). */
  openRelation(id: string): void;
}

function panel(): HTMLElement {
  return byId('details');
}

function open(...children: Array<Node | null>): void {
  const p = panel();
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', () => {
    p.hidden = true;
  });
  p.replaceChildren(close, ...children.filter((c): c is Node => c !== null));
  p.hidden = false;
}

function link(text: string, onClick: () => void): HTMLAnchorElement {
  const a = el('a', { role: 'button', tabindex: '0' }, text);
  a.addEventListener('click', onClick);
  a.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') onClick();
  });
  return a;
}

function definitions(pairs: Array<[string, string | null]>): HTMLElement | null {
  const present = pairs.filter((p): p is [string, string] => p[1] !== null && p[1] !== '');
  if (present.length === 0) return null;
  return el('dl', {}, ...present.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

export function showRelation(r: RelationDetails, actions: PanelActions): void {
  const badge = el('span', { class: 'type' }, typeWords(r.type));
  badge.style.background = RELATION_COLORS[r.type];
  const claims = r.claims.map((c) => {
    const item = el(
      'div',
      { class: 'source-item' },
      el('p', { class: 'source published' }, c.article.publishedAt ?? 'undated'),
      el('blockquote', { lang: 'de', class: 'quote' }, c.quote),
      el(
        'p',
        { class: 'source' },
        `— ${c.article.title}${c.article.outlet ? `, ${c.article.outlet}` : ''} (article ${c.article.id}, character ${c.position})`,
      ),
      c.deprecated
        ? el(
            'p',
            { class: 'retracted' },
            `Retracted on ${c.deprecated.on.slice(0, 10)}: ${c.deprecated.reason}`,
          )
        : null,
    );
    item.dataset.published = c.article.publishedAt ?? '';
    return item;
  });
  const deniedBy = r.deniedBy.map((d) =>
    el(
      'div',
      { class: 'denial' },
      el(
        'p',
        {},
        link(`${d.subject.name}: ${d.summary}`, () => actions.openRelation(d.id)),
      ),
      ...d.sources.map((s) => el('blockquote', { lang: 'de' }, s.quote)),
    ),
  );
  const denies = r.denies.map((d) =>
    el(
      'li',
      {},
      link(`${d.subject.name} ${typeWords(d.type)} ${d.object.name}: ${d.summary}`, () =>
        actions.openRelation(d.id),
      ),
    ),
  );
  open(
    el('h2', {}, `${r.subject.name} `, badge, ` ${r.object.name}`),
    el('p', { class: 'summary' }, r.summary),
    el(
      'h3',
      {},
      r.claims.length > 1 ? 'Quotes (German, verbatim), oldest first' : 'Quote (German, verbatim)',
    ),
    ...claims,
    deniedBy.length ? el('h3', {}, 'Denied by') : null,
    ...deniedBy,
    denies.length ? el('h3', {}, 'Denies') : null,
    denies.length ? el('ul', {}, ...denies) : null,
    el('h3', {}, 'Details'),
    definitions([
      ['about', r.qualifiers.about],
      ['reason', r.qualifiers.reason],
      ['when', r.qualifiers.when],
      ['role', r.qualifiers.role],
      ['scope', r.qualifiers.scope],
      ['stated by', r.statedBy?.name ?? null],
      ['modality', r.modality.toLowerCase()],
      ['confidence', String(r.confidence)],
      ['CAMEO', r.cameo],
      ['fact id', r.id],
    ]),
  );
  panel().dataset.relation = r.id;
  delete panel().dataset.entity;
}

export function showEntity(e: EntityDetails): void {
  open(
    el('h2', {}, e.name),
    el('p', {}, `${e.kind} · id ${e.id}`),
    e.description ? el('p', {}, e.description) : null,
    definitions([
      ['also called', e.aliases.join(', ')],
      ['roles', e.roles.join('; ')],
    ]),
    el('p', { class: 'source' }, 'Click the node again to expand further; click an edge for its evidence.'),
  );
  panel().dataset.entity = e.id;
  delete panel().dataset.relation;
}

export function showMessage(text: string): void {
  open(el('p', {}, text));
}
