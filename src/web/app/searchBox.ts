/**
 * The search box: full-text search over names and aliases through GraphQL `search` (German and
 * English, case and diacritics folded), results as a list; Enter or a click picks one.
 */
import { byId, el } from './dom.js';
import { search, type SearchHit } from './graphql.js';

export function setUpSearch(onPick: (hit: SearchHit) => void, onError: (err: unknown) => void): void {
  const form = byId<HTMLFormElement>('search');
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const otherNames = h.entity.aliases.filter((a) => a !== h.entity.name).slice(0, 3);
        const li = el(
          'li',
          { role: 'option', 'aria-selected': String(i === active), 'data-id': h.entity.id },
          h.entity.name,
          el('span', { class: 'kind' }, ` · ${h.entity.kind}`),
          otherNames.length ? el('div', { class: 'aliases' }, otherNames.join(', ')) : null,
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (hits.length === 0 && input.value.trim() !== '')
      list.replaceChildren(el('li', { 'aria-disabled': 'true' }, 'No entity found'));
    list.hidden = input.value.trim() === '';
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    list.hidden = true;
    input.value = hit.entity.name;
    onPick(hit);
  };

  const run = async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      hits = [];
      render();
      return;
    }
    try {
      const found = await search(text);
      if (ticket !== asked) return; // a newer search is on its way
      hits = found;
      active = 0;
      render();
    } catch (err) {
      onError(err);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % Math.max(hits.length, 1);
      render();
    } else if (e.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run().then(() => pick(active));
  });
}
