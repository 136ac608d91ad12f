/**
 * An entity field with autocomplete: the file's and the graph's entities matched as one types
 * (name, aliases, id; case and accents folded), the graph's full-text search added when it answers,
 * and "new entity" as the last choice. ↑/↓ move, Enter picks (and never submits the form while
 * the list is open), Escape closes the list.
 */
import type { KnownEntity } from '../../../curate/mentions.js';
import { el } from '../dom.js';

export interface PickerOptions {
  local: (text: string) => KnownEntity[];
  remote: (text: string) => Promise<KnownEntity[]>;
  onPick: (entity: KnownEntity | null) => void;
  onCreate: (name: string) => void;
  /** A field that may stay empty (statedBy). */
  optional?: boolean;
}

export interface Picker {
  get value(): string | null;
  set(entity: KnownEntity | null): void;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function matchEntities(entities: Iterable<KnownEntity>, text: string, max = 8): KnownEntity[] {
  const q = fold(text.trim());
  if (!q) return [];
  const scored: Array<[number, KnownEntity]> = [];
  for (const e of entities) {
    const forms = [e.name, ...e.aliases, e.id].map(fold);
    const score = forms.some((f) => f === q)
      ? 0
      : forms.some((f) => f.startsWith(q))
        ? 1
        : forms.some((f) => f.includes(q))
          ? 2
          : -1;
    if (score >= 0) scored.push([score, e]);
  }
  scored.sort(
    (a, b) => a[0] - b[0] || a[1].name.length - b[1].name.length || a[1].name.localeCompare(b[1].name),
  );
  return scored.slice(0, max).map(([, e]) => e);
}

export function entityPicker(
  input: HTMLInputElement,
  list: HTMLUListElement,
  options: PickerOptions,
): Picker {
  let value: KnownEntity | null = null;
  let shown: Array<KnownEntity | 'new'> = [];
  let active = 0;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const render = () => {
    list.replaceChildren(
      ...shown.map((c, i) =>
        el(
          'li',
          {
            role: 'option',
            'aria-selected': String(i === active),
            'data-index': String(i),
            ...(c === 'new' ? { 'data-new': '' } : { 'data-entity': c.id }),
          },
          c === 'new' ? `+ new entity “${input.value.trim()}” (Alt+E)` : `${c.name} `,
          c === 'new' ? null : el('small', {}, `${c.kind} · ${c.id}`),
        ),
      ),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const fill = (found: KnownEntity[]) => {
    const text = input.value.trim();
    shown = text ? [...found, 'new'] : [];
    active = Math.min(active, Math.max(0, shown.length - 1));
    render();
  };
  const pick = (i: number) => {
    const c = shown[i];
    close();
    if (c === undefined) return;
    if (c === 'new') options.onCreate(input.value.trim());
    else {
      set(c);
      options.onPick(c);
    }
  };
  function set(entity: KnownEntity | null) {
    value = entity;
    input.value = entity ? entity.name : '';
    input.dataset.entity = entity?.id ?? '';
    close();
  }

  input.addEventListener('input', () => {
    value = null;
    input.dataset.entity = '';
    active = 0;
    const text = input.value;
    const local = options.local(text);
    fill(local);
    const ticket = ++asked;
    if (text.trim().length >= 2)
      void options.remote(text).then(
        (more) => {
          if (ticket !== asked) return;
          const ids = new Set(local.map((e) => e.id));
          fill([...local, ...more.filter((e) => !ids.has(e.id))].slice(0, 10));
        },
        () => undefined, // search is a help; the local matches stand without it
      );
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) {
      if (e.key === 'ArrowDown' && input.value.trim()) {
        fill(options.local(input.value));
        e.preventDefault();
      } else if (e.key === 'Enter' && options.optional && input.value.trim() === '') {
        set(null);
        options.onPick(null);
      }
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      active = (active + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      pick(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  list.addEventListener('mousedown', (e) => {
    const li = (e.target as HTMLElement).closest('li');
    if (!li) return;
    e.preventDefault(); // keep the focus in the field
    pick(Number(li.dataset.index));
  });
  input.addEventListener('blur', () => {
    close();
    if (!value && input.value.trim() === '') input.dataset.entity = '';
  });
  return {
    get value() {
      return value?.id ?? null;
    },
    set,
  };
}
