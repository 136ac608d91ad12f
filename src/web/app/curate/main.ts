/**
 * The curation workbench (/curate): an article's text → checked facts. Sentences, mentions,
 * suggestions and the loader's checks are src/curate's and src/ingest's own code, bundled (the
 * same as `newsgraph draft`, `coverage` and `load`); suggestions are accepted or rejected with one
 * key each, a selection of the text becomes a fact's quote verbatim, and the result is saved (fact
 * file + suggestion log) or loaded through `ingestArticle`. Every action has a key (listed on the
 * page). For tests, `#facts` carries `data-count`, `#problems` `data-count` and `data-checked`
 * (checks completed), and `body` `data-state` (loading, ready) and `data-ingested`.
 */
import { parse as parseYaml } from 'yaml';
import { coverage } from '../../../curate/coverage.js';
import { findMentions, type KnownEntity, type Mention } from '../../../curate/mentions.js';
import { ruleOf, ruleStats } from '../../../curate/ruleStats.js';
import { codePointOffset, type Sentence } from '../../../curate/sentences.js';
import { suggestFacts } from '../../../curate/suggest.js';
import { ENTITY_KINDS } from '../../../domain/entityKinds.js';
import { QUALIFIER_KEYS, type QualifierKey } from '../../../domain/qualifierKeys.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from '../../../domain/relationTypes.js';
import { validateFactFileText } from '../../../ingest/validateFactFile.js';
import { byId, el } from '../dom.js';
import './curate.css';
import {
  ApiError,
  fetchArticle,
  fetchGraphEntities,
  ingest,
  searchGraphEntities,
  type CheckProblem,
} from './curateGraphql.js';
import { entityPicker, matchEntities } from './entityPicker.js';
import {
  curationLog,
  factFile,
  factIdFor,
  kebab,
  statingFact,
  summaryOf,
  type ArticleMeta,
  type EntityDef,
  type FactDraft,
  type Modality,
  type SuggestionView,
} from './model.js';
import { renderSentences, textOffset } from './sentenceView.js';

/** Graph entities fetched for mentions and suggestions; the search still finds the rest. */
const MAX_GRAPH_ENTITIES = 5000;
const RULES_OFF_KEY = 'newsgraph.curate.rulesOff';

// ---- state ----
let text = '';
const graphEntities = new Map<string, KnownEntity>();
let fileEntities: EntityDef[] = [];
let facts: FactDraft[] = [];
/** Every suggestion shown since the text was opened, by key, with what became of it. */
const shown = new Map<string, SuggestionView>();
const rulesOff = new Set<string>(JSON.parse(localStorage.getItem(RULES_OFF_KEY) ?? '[]') as string[]);
let analysis: { sentences: Sentence[]; mentions: Mention[]; suggestions: SuggestionView[] } = {
  sentences: [],
  mentions: [],
  suggestions: [],
};
let analysed = '';

const metaFields = ['id', 'title', 'outlet', 'publishedAt', 'language', 'url'] as const;
const metaInput = (k: (typeof metaFields)[number]) => byId<HTMLInputElement>(`meta-${k}`);
let author = '';
/** Article keys of an opened file the form does not show: saved as they were. */
let articleExtra: Record<string, unknown> = {};
const meta = (): ArticleMeta => ({
  ...(Object.fromEntries(metaFields.map((k) => [k, metaInput(k).value])) as Record<
    (typeof metaFields)[number],
    string
  >),
  author,
});
const language = () => metaInput('language').value.trim() || 'de';

const known = (): KnownEntity[] => {
  const own = new Set(fileEntities.map((e) => e.id));
  return [...[...graphEntities.values()].filter((e) => !own.has(e.id)), ...fileEntities];
};
const entityById = (id: string): KnownEntity | undefined =>
  fileEntities.find((e) => e.id === id) ?? graphEntities.get(id);
const nameOf = (id: string) => entityById(id)?.name ?? id;

function status(message: string, isError = false): void {
  const s = byId('status');
  s.textContent = message;
  s.classList.toggle('error', isError);
}

// ---- analysis and rendering ----
const keyOf = (s: { type: string; subject: string; object: string; start: number }) =>
  `${s.type}|${s.subject}|${s.object}|${s.start}`;

function analyse(): void {
  const signature = `${language()}\u0000${text}\u0000${fileEntities.map((e) => `${e.id}:${e.name}:${e.aliases.join('|')}`).join(',')}\u0000${graphEntities.size}`;
  if (signature === analysed) return;
  analysed = signature;
  const entities = known();
  const lang = language();
  analysis = {
    sentences: coverage(text, lang, []),
    mentions: findMentions(text, entities),
    suggestions: suggestFacts(text, lang, entities).map((s) => ({
      ...s,
      key: keyOf(s),
      rule: ruleOf(s.cue),
      outcome: 'shown' as const,
    })),
  };
}

function openSuggestions(): SuggestionView[] {
  return analysis.suggestions.filter((s) => {
    const had = shown.get(s.key);
    return !rulesOff.has(s.rule) && (!had || had.outcome === 'shown') && !statingFact(s, facts, text);
  });
}

/** A selector for the focused sentence, suggestion or fact, to focus it again after a redraw. */
function focusedItem(): string | null {
  const a = document.activeElement as HTMLElement | null;
  if (!a) return null;
  if (a.classList.contains('suggestion')) return `.suggestion[data-key="${CSS.escape(a.dataset.key ?? '')}"]`;
  if (a.classList.contains('sentence')) return `.sentence[data-start="${a.dataset.start ?? ''}"]`;
  if (a.dataset.fact && a.closest('#facts')) return `#facts li[data-fact="${CSS.escape(a.dataset.fact)}"]`;
  return null;
}

function render(): void {
  const keep = focusedItem();
  draw();
  if (keep && (document.activeElement === document.body || document.activeElement === null))
    document.querySelector<HTMLElement>(keep)?.focus();
}

function draw(): void {
  analyse();
  const open = openSuggestions();
  for (const s of open) if (!shown.has(s.key)) shown.set(s.key, { ...s });
  const bySentence = new Map<number, SuggestionView[]>();
  for (const s of open) bySentence.set(s.start, [...(bySentence.get(s.start) ?? []), s]);
  renderSentences(byId('sentences'), {
    text,
    sentences: coverage(text, language(), facts),
    mentions: analysis.mentions,
    suggestions: bySentence,
    name: nameOf,
  });
  renderFacts();
  renderRules();
  scheduleCheck();
}

function renderFacts(): void {
  const list = byId('facts');
  list.dataset.count = String(facts.length);
  byId('fact-count').textContent = `(${facts.length})`;
  list.replaceChildren(
    ...facts.map((f) =>
      el(
        'li',
        { tabindex: '0', 'data-fact': f.id, 'data-type': f.type },
        el('span', { class: 'type' }, f.type),
        ` ${nameOf(f.subject)} → ${nameOf(f.object)} `,
        el('code', {}, f.id),
        f.type === 'DENIES' ? el('small', {}, ` denies: ${f.denies.join(', ') || '(none yet)'}`) : null,
        el('q', {}, f.quote),
        el('button', { type: 'button', 'data-action': 'edit', title: 'Edit (e)' }, 'Edit'),
        el('button', { type: 'button', 'data-action': 'remove', title: 'Remove (Delete)' }, 'Remove'),
      ),
    ),
  );
}

function renderRules(): void {
  const stats = ruleStats([curationLog('', [...shown.values()], facts, text)]);
  const table = byId<HTMLTableElement>('rules');
  table.replaceChildren(
    el(
      'tr',
      {},
      ...['rule', 'shown', 'accepted', 'corrected', 'rejected', 'off'].map((h) => el('th', {}, h)),
    ),
    ...stats.map((s) => {
      const box = el('input', {
        type: 'checkbox',
        'data-rule': s.rule,
        title: 'Hide this rule’s suggestions',
      });
      box.checked = rulesOff.has(s.rule);
      return el(
        'tr',
        {},
        el('td', {}, s.rule),
        ...[s.shown, s.accepted, s.corrected, s.rejected].map((n) => el('td', {}, String(n))),
        el('td', {}, box),
      );
    }),
  );
}

byId('rules').addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  if (!box.dataset.rule) return;
  if (box.checked) rulesOff.add(box.dataset.rule);
  else rulesOff.delete(box.dataset.rule);
  localStorage.setItem(RULES_OFF_KEY, JSON.stringify([...rulesOff]));
  render();
});

// ---- live checks: the loader's own function, bundled ----
let checkTimer: ReturnType<typeof setTimeout> | undefined;
let checkTicket = 0;
let checksDone = 0;

function currentFactFile() {
  return factFile(text, meta(), fileEntities, facts, (id) => graphEntities.get(id), articleExtra);
}

function scheduleCheck(): void {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => void runCheck(), 250);
}

async function runCheck(): Promise<void> {
  const ticket = ++checkTicket;
  const list = byId('problems');
  try {
    const file = `${meta().id || 'article'}.facts.json`;
    const v = await validateFactFileText(file, JSON.stringify(currentFactFile(), null, 2));
    if (ticket !== checkTicket) return;
    showProblems(
      v.problems.map((p) => ({
        path: p.path,
        reason: p.reason,
        ...(p.detail?.item ? { item: p.detail.item } : {}),
        ...(p.detail?.hints?.length ? { hints: p.detail.hints } : {}),
      })),
    );
  } catch (err) {
    if (ticket !== checkTicket) return;
    list.replaceChildren(el('li', { class: 'error' }, `The check failed: ${(err as Error).message}`));
  }
  list.dataset.checked = String(++checksDone);
}

function showProblems(problems: readonly CheckProblem[]): void {
  const list = byId('problems');
  list.dataset.count = String(problems.length);
  list.replaceChildren(
    ...(problems.length === 0
      ? [el('li', { class: 'ok' }, 'No problems: the loader would take this file.')]
      : problems.map((p) =>
          el(
            'li',
            { class: 'problem', 'data-path': p.path },
            el('b', {}, p.item ?? (p.path || 'file')),
            ` ${p.path && p.item ? `(${p.path}) ` : ''}${p.reason}`,
            ...(p.hints ?? []).map((h) => el('pre', {}, h)),
          ),
        )),
  );
}

// ---- suggestions ----
function deniedCandidates(f: Pick<FactDraft, 'subject' | 'object' | 'id'>): string[] {
  return facts
    .filter((x) => x.type !== 'DENIES' && x.id !== f.id && x.subject === f.object && x.object === f.subject)
    .map((x) => x.id);
}

function focusNextSuggestion(from: number): void {
  const items = [...document.querySelectorAll<HTMLElement>('#sentences .suggestion')];
  (
    items[Math.min(from, items.length - 1)] ?? document.querySelector<HTMLElement>('#facts li:last-child')
  )?.focus();
}

function suggestionIndex(key: string): number {
  return [...document.querySelectorAll<HTMLElement>('#sentences .suggestion')].findIndex(
    (e) => e.dataset.key === key,
  );
}

function accept(key: string): void {
  const s = shown.get(key);
  if (!s || s.outcome !== 'shown') return;
  const at = suggestionIndex(key);
  s.outcome = 'accepted';
  const id = factIdFor(s.subject, s.type, s.object, new Set(facts.map((f) => f.id)));
  const fact: FactDraft = {
    id,
    subject: s.subject,
    type: s.type,
    object: s.object,
    summary: summaryOf(nameOf(s.subject), s.type, nameOf(s.object)),
    quote: s.quote,
    qualifiers: {},
    statedBy: s.statedBy,
    modality: s.modality,
    confidence: Number(byId<HTMLInputElement>('fact-confidence').defaultValue),
    denies: [],
    from: s,
  };
  if (s.type === 'DENIES') fact.denies = deniedCandidates(fact);
  facts.push(fact);
  render();
  // A denial is only complete with the facts it denies: open it so they can be checked.
  if (s.type === 'DENIES') openForm({ index: facts.length - 1, focus: 'denies' });
  else focusNextSuggestion(at);
}

function reject(key: string): void {
  const s = shown.get(key);
  if (!s || s.outcome !== 'shown') return;
  const at = suggestionIndex(key);
  s.outcome = 'rejected';
  render();
  focusNextSuggestion(at);
}

byId('sentences').addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  const key = button?.closest<HTMLElement>('.suggestion')?.dataset.key;
  if (!button || !key) return;
  if (button.dataset.action === 'accept') accept(key);
  else reject(key);
});

// ---- the fact form ----
const form = byId<HTMLFormElement>('fact-form');
const typeSelect = byId<HTMLSelectElement>('fact-type');
const modalitySelect = byId<HTMLSelectElement>('fact-modality');
let editing: { index: number | null; quote: string } | null = null;
let pendingPicker: { set: (e: KnownEntity) => void; next: () => void } | null = null;

for (const type of RELATION_TYPE_NAMES)
  typeSelect.append(el('option', { value: type, title: RELATION_TYPES[type].meaning }, type));
const showMeaning = () => {
  const d = RELATION_TYPES[typeSelect.value as RelationType];
  byId('fact-type-meaning').textContent = d ? `${d.meaning} (${d.direction})` : '';
  byId('fact-denies').hidden = typeSelect.value !== 'DENIES';
};
typeSelect.addEventListener('change', () => {
  showMeaning();
  if (typeSelect.value === 'DENIES') renderDenies(currentDenies());
});
for (const k of QUALIFIER_KEYS)
  byId('fact-qualifiers').append(
    el('label', {}, `${k} `, el('input', { id: `fact-q-${k}`, 'data-qualifier': k })),
  );

const pickerFor = (role: 'subject' | 'object' | 'statedBy', next: () => HTMLElement) => {
  const input = byId<HTMLInputElement>(`fact-${role}`);
  const picker = entityPicker(input, byId<HTMLUListElement>(`fact-${role}-list`), {
    local: (q) => matchEntities(known(), q),
    remote: async (q) =>
      (await searchGraphEntities(q)).map((e) =>
        graphEntities.get(e.id) ? e : (graphEntities.set(e.id, e), e),
      ),
    onPick: () => next().focus(),
    onCreate: (name) => {
      pendingPicker = {
        set: (e) => picker.set(e),
        next: () => next().focus(),
      };
      openEntityForm(name);
    },
    optional: role === 'statedBy',
  });
  return picker;
};
const subjectPicker = pickerFor('subject', () => typeSelect);
const objectPicker = pickerFor('object', () => modalitySelect);
const statedByPicker = pickerFor('statedBy', () => byId('fact-submit'));

function currentDenies(): string[] {
  return [...byId('fact-denies').querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map(
    (b) => b.value,
  );
}

function renderDenies(checked: readonly string[]): void {
  const editingId = editing?.index != null ? facts[editing.index]?.id : undefined;
  const candidates = facts.filter((f) => f.type !== 'DENIES' && f.id !== editingId);
  const external = checked.filter((id) => !candidates.some((f) => f.id === id));
  byId('fact-denies').replaceChildren(
    el('legend', {}, 'denies (DENIES only): the facts this denial rejects'),
    ...candidates.map((f) => {
      const box = el('input', { type: 'checkbox', value: f.id, 'data-denies': f.id });
      box.checked = checked.includes(f.id);
      return el(
        'label',
        { class: 'deny' },
        box,
        ` ${f.type} ${nameOf(f.subject)} → ${nameOf(f.object)} (${f.id})`,
      );
    }),
    el(
      'label',
      {},
      'fact ids in other articles (comma-separated) ',
      el('input', { id: 'fact-denies-other', value: external.join(', ') }),
    ),
  );
}

/** The mentions inside [start, end): a lone one near the start is the subject, else the object. */
function rolesFrom(start: number, end: number): { subject?: KnownEntity; object?: KnownEntity } {
  const inside = analysis.mentions.filter((m) => m.start >= start && m.end <= end && !m.place && !m.compound);
  const [first, ...rest] = inside;
  if (!first) return {};
  const second = rest.find((m) => m.entity.id !== first.entity.id);
  if (second) return { subject: first.entity, object: second.entity };
  return first.start - start < (end - start) / 3 ? { subject: first.entity } : { object: first.entity };
}

function openForm(opts: {
  index?: number;
  quote?: string;
  start?: number;
  end?: number;
  focus?: 'denies';
}): void {
  const f = opts.index !== undefined ? facts[opts.index] : undefined;
  const quote = f?.quote ?? opts.quote ?? '';
  editing = { index: opts.index ?? null, quote };
  byId('fact-form-title').textContent = f ? `Edit fact ${f.id}` : 'New fact';
  byId('fact-submit').textContent = f ? 'Save fact (Enter)' : 'Add fact (Enter)';
  byId('fact-quote').textContent = quote;
  const at = text.indexOf(quote);
  byId('fact-position').textContent =
    at < 0
      ? 'This quote is not in the text.'
      : `position ${codePointOffset(text, at)} (code points)` +
        (opts.start !== undefined && opts.start !== at
          ? ' — the same words come earlier in the text; the loader records the first place'
          : '');
  const guess =
    !f && opts.start !== undefined && opts.end !== undefined ? rolesFrom(opts.start, opts.end) : {};
  subjectPicker.set(f ? (entityById(f.subject) ?? null) : (guess.subject ?? null));
  objectPicker.set(f ? (entityById(f.object) ?? null) : (guess.object ?? null));
  statedByPicker.set(f?.statedBy ? (entityById(f.statedBy) ?? null) : null);
  typeSelect.value = f?.type ?? typeSelect.value ?? 'ACCUSES';
  modalitySelect.value = f?.modality ?? 'confirmed';
  for (const k of QUALIFIER_KEYS) byId<HTMLInputElement>(`fact-q-${k}`).value = f?.qualifiers[k] ?? '';
  const confidence = byId<HTMLInputElement>('fact-confidence');
  confidence.value = String(f?.confidence ?? confidence.defaultValue);
  byId<HTMLInputElement>('fact-summary').value = f?.summary ?? '';
  byId<HTMLInputElement>('fact-id').value = f?.id ?? '';
  renderDenies(f?.denies ?? []);
  showMeaning();
  document.getElementById('form-error')?.remove();
  form.hidden = false;
  const first =
    opts.focus === 'denies'
      ? (byId('fact-denies').querySelector<HTMLElement>('input') ?? byId('fact-submit'))
      : subjectPicker.value
        ? typeSelect
        : byId('fact-subject');
  first.focus();
}

function closeForm(): void {
  form.hidden = true;
  editing = null;
  byId('sentences').querySelector<HTMLElement>('.suggestion, .sentence')?.focus();
}

function formError(message: string, field: HTMLElement): void {
  document.getElementById('form-error')?.remove();
  form.insertBefore(
    el('p', { id: 'form-error', class: 'error', role: 'alert' }, message),
    form.firstChild!.nextSibling,
  );
  field.focus();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!editing) return;
  const subject = subjectPicker.value;
  const object = objectPicker.value;
  if (!subject) return formError('Pick the subject (type a name, then Enter).', byId('fact-subject'));
  if (!object) return formError('Pick the object (type a name, then Enter).', byId('fact-object'));
  const type = typeSelect.value as RelationType;
  const old = editing.index !== null ? facts[editing.index] : undefined;
  const taken = new Set(facts.filter((f) => f !== old).map((f) => f.id));
  const idField = byId<HTMLInputElement>('fact-id').value.trim();
  const summaryField = byId<HTMLInputElement>('fact-summary').value.trim();
  const other = byId<HTMLInputElement>('fact-denies-other')
    .value.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const regenerated = old && (old.subject !== subject || old.type !== type || old.object !== object);
  const fact: FactDraft = {
    id: idField && !(regenerated && idField === old.id) ? idField : factIdFor(subject, type, object, taken),
    subject,
    type,
    object,
    summary:
      summaryField && !(regenerated && summaryField === old.summary)
        ? summaryField
        : summaryOf(nameOf(subject), type, nameOf(object)),
    quote: editing.quote,
    qualifiers: Object.fromEntries(
      QUALIFIER_KEYS.map((k) => [k, byId<HTMLInputElement>(`fact-q-${k}`).value.trim()]).filter(([, v]) => v),
    ) as Partial<Record<QualifierKey, string>>,
    statedBy: statedByPicker.value,
    modality: modalitySelect.value as Modality,
    confidence: Number(byId<HTMLInputElement>('fact-confidence').value),
    denies: type === 'DENIES' ? [...currentDenies(), ...other] : [],
    ...(old?.from ? { from: old.from } : {}),
  };
  if (editing.index !== null) facts[editing.index] = fact;
  else facts.push(fact);
  form.hidden = true;
  editing = null;
  render();
  document.querySelector<HTMLElement>(`#facts li[data-fact="${CSS.escape(fact.id)}"]`)?.focus();
});
byId('fact-cancel').addEventListener('click', closeForm);

// Selecting text quotes it: the characters of the text, whatever the selection's ends are.
byId('sentences').addEventListener('mouseup', () => {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  const a = textOffset(range.startContainer, range.startOffset);
  const b = textOffset(range.endContainer, range.endOffset);
  if (a === null || b === null || b <= a) return;
  const raw = text.slice(a, b);
  const start = a + (raw.length - raw.trimStart().length);
  const quote = raw.trim();
  if (!quote) return;
  sel.removeAllRanges();
  openForm({ quote, start, end: start + quote.length });
});

// ---- the entity form ----
const entityForm = byId<HTMLFormElement>('entity-form');
for (const kind of ENTITY_KINDS) byId('entity-kind').append(el('option', { value: kind }, kind));

function openEntityForm(name = ''): void {
  byId<HTMLInputElement>('entity-name').value = name;
  byId<HTMLInputElement>('entity-aliases').value = name;
  byId<HTMLInputElement>('entity-id').value = '';
  entityForm.hidden = false;
  byId('entity-name').focus();
}
function closeEntityForm(): void {
  entityForm.hidden = true;
  const back = pendingPicker;
  pendingPicker = null;
  if (back) byId(form.hidden ? 'sentences' : 'fact-subject').focus();
}
entityForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const name = byId<HTMLInputElement>('entity-name').value.trim();
  if (!name) return;
  const id = byId<HTMLInputElement>('entity-id').value.trim() || kebab(name);
  const aliases = byId<HTMLInputElement>('entity-aliases')
    .value.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const entity: EntityDef = {
    id,
    name,
    kind: byId<HTMLSelectElement>('entity-kind').value,
    aliases: [...new Set(aliases)],
  };
  fileEntities = [...fileEntities.filter((x) => x.id !== id), entity];
  entityForm.hidden = true;
  const back = pendingPicker;
  pendingPicker = null;
  render();
  if (back) {
    back.set(entity);
    back.next();
  }
  status(`Entity ${id} added to the file.`);
});
byId('entity-cancel').addEventListener('click', closeEntityForm);

// ---- facts list ----
function removeFact(index: number): void {
  const [gone] = facts.splice(index, 1);
  if (gone) for (const f of facts) f.denies = f.denies.filter((d) => d !== gone.id);
  render();
  (
    document.querySelectorAll<HTMLElement>('#facts li')[Math.min(index, facts.length - 1)] ??
    byId('sentences')
  )?.focus();
}
byId('facts').addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  const id = button?.closest<HTMLElement>('li')?.dataset.fact;
  const index = facts.findIndex((f) => f.id === id);
  if (!button || index < 0) return;
  if (button.dataset.action === 'edit') openForm({ index });
  else removeFact(index);
});

// ---- text, metadata, files ----
const textArea = byId<HTMLTextAreaElement>('article-text');
let textTimer: ReturnType<typeof setTimeout> | undefined;
function setText(value: string): void {
  if (value === text) return;
  text = value;
  if (textArea.value !== value) textArea.value = value;
  render();
}
textArea.addEventListener('input', () => {
  clearTimeout(textTimer);
  textTimer = setTimeout(() => setText(textArea.value), 150);
});
// A paste is taken at once, so the sentences are there as soon as the text is.
textArea.addEventListener('paste', () => setTimeout(() => setText(textArea.value), 0));
for (const k of metaFields)
  metaInput(k).addEventListener('input', () => (k === 'language' ? render() : scheduleCheck()));

function newDocument(
  value: string,
  m: Partial<ArticleMeta>,
  entities: EntityDef[],
  loaded: FactDraft[],
  extra: Record<string, unknown> = {},
): void {
  articleExtra = extra;
  for (const k of metaFields) metaInput(k).value = m[k] ?? (k === 'language' ? 'de' : '');
  author = m.author ?? '';
  fileEntities = entities;
  facts = loaded;
  shown.clear();
  form.hidden = true;
  editing = null;
  text = value;
  textArea.value = value;
  render();
}

type Loose = Record<string, unknown>;
const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const ARTICLE_KEYS = [
  'id',
  'title',
  'outlet',
  'publishedAt',
  'language',
  'url',
  'author',
  'text',
  'textFile',
];
const ENTITY_KEYS = ['id', 'name', 'kind', 'aliases', 'description'];
const FACT_KEYS = [
  'id',
  'subject',
  'type',
  'object',
  'summary',
  'quote',
  'qualifiers',
  'statedBy',
  'modality',
  'confidence',
  'denies',
];
const rest = (o: Loose, known: readonly string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !known.includes(k)));

function entityFromFile(e: Loose): EntityDef {
  return {
    id: str(e.id),
    name: str(e.name),
    kind: str(e.kind),
    aliases: strings(e.aliases),
    ...(typeof e.description === 'string' ? { description: e.description } : {}),
    extra: rest(e, ENTITY_KEYS),
  };
}

function factFromFile(f: Loose): FactDraft {
  return {
    id: str(f.id),
    subject: str(f.subject),
    type: str(f.type, 'ACCUSES') as RelationType,
    object: str(f.object),
    summary: str(f.summary),
    quote: str(f.quote),
    qualifiers: (f.qualifiers && typeof f.qualifiers === 'object'
      ? f.qualifiers
      : {}) as FactDraft['qualifiers'],
    statedBy: typeof f.statedBy === 'string' ? f.statedBy : null,
    modality: str(f.modality, 'confirmed') as Modality,
    confidence: typeof f.confidence === 'number' ? f.confidence : 0.8,
    denies: strings(f.denies),
    extra: rest(f, FACT_KEYS),
  };
}

async function openFiles(files: readonly File[]): Promise<void> {
  const textFile = files.find((f) => /\.txt$/i.test(f.name));
  const factFileFile = files.find((f) => /\.(json|ya?ml)$/i.test(f.name));
  const articleText = textFile ? await textFile.text() : undefined;
  if (!factFileFile) {
    if (articleText === undefined) return status('Open a .txt article or a fact file (.json, .yaml).', true);
    const firstLine = articleText.split('\n')[0]?.trim() ?? '';
    newDocument(
      articleText,
      { id: kebab(textFile!.name.replace(/\.txt$/i, '')), title: firstLine, language: language() },
      [],
      [],
    );
    return status(`Opened ${textFile!.name}.`);
  }
  let data: Loose;
  try {
    data = (parseYaml(await factFileFile.text()) ?? {}) as Loose;
  } catch (err) {
    return status(`${factFileFile.name}: ${(err as Error).message}`, true);
  }
  const a = (data.article ?? {}) as Loose;
  const body = typeof a.text === 'string' ? a.text : articleText;
  if (body === undefined)
    return status(
      `${factFileFile.name} names its text file ${str(a.textFile)}: open both files together.`,
      true,
    );
  const m = Object.fromEntries(ARTICLE_KEYS.map((k) => [k, str(a[k])])) as Partial<ArticleMeta>;
  // A draft's suggested facts are left out: the workbench shows its own suggestions for them.
  const facts = ((data.facts ?? []) as Loose[]).filter((f) => f.suggested === undefined);
  newDocument(
    body,
    m,
    ((data.entities ?? []) as Loose[]).map(entityFromFile),
    facts.map(factFromFile),
    rest(a, ARTICLE_KEYS),
  );
  status(`Opened ${files.map((f) => f.name).join(' and ')}.`);
}
byId<HTMLInputElement>('open-file').multiple = true;
byId<HTMLInputElement>('open-file').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  void openFiles([...(input.files ?? [])]).finally(() => (input.value = ''));
});

byId('open-graph').addEventListener('submit', (e) => {
  e.preventDefault();
  const id = byId<HTMLInputElement>('open-graph-id').value.trim();
  if (!id) return;
  status(`Opening ${id}…`);
  fetchArticle(id).then(
    (found) => {
      if (!found) return status(`The graph has no article "${id}".`, true);
      const { article, facts: graphFacts } = found;
      for (const e of [
        ...article.entities,
        ...graphFacts.flatMap((f) => [
          f.subject,
          f.object,
          ...[f.statedBy, ...f.claims.map((c) => c.statedBy)].filter((e) => e !== null),
        ]),
      ])
        graphEntities.set(e.id, e);
      newDocument(
        article.text,
        {
          ...Object.fromEntries(Object.entries(article).map(([k, v]) => [k, typeof v === 'string' ? v : ''])),
        },
        [],
        graphFacts.map((f) => {
          // What THIS article says of the fact (its claim), not the values derived across articles.
          const c = f.claims.find((x) => x.article.id === article.id) ?? f;
          return {
            id: f.id,
            subject: f.subject.id,
            type: f.type,
            object: f.object.id,
            summary: c.summary,
            quote: 'quote' in c ? c.quote : (f.claims[0]?.quote ?? ''),
            qualifiers: Object.fromEntries(
              Object.entries(c.qualifiers).filter(([, v]) => v),
            ) as FactDraft['qualifiers'],
            statedBy: c.statedBy?.id ?? null,
            modality: c.modality.toLowerCase() as Modality,
            confidence: c.confidence,
            denies: f.denies.map((d) => d.id),
          };
        }),
      );
      status(`Opened ${id} from the graph: ${graphFacts.length} facts.`);
    },
    (err: Error) => status(`Could not open ${id}: ${err.message}`, true),
  );
});

function download(name: string, body: unknown): void {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(body, null, 2) + '\n'], { type: 'application/json' }),
  );
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function save(): void {
  const id = meta().id.trim() || 'article';
  download(`${id}.facts.json`, currentFactFile());
  download(`${id}.curation.json`, curationLog(id, [...shown.values()], facts, text));
  status(`Saved ${id}.facts.json and its suggestion log ${id}.curation.json.`);
}
byId('save').addEventListener('click', save);

async function ingestNow(): Promise<void> {
  const key = byId<HTMLInputElement>('api-key').value.trim();
  if (!key) {
    status('Loading into the graph needs the API key (field above).', true);
    return byId('api-key').focus();
  }
  status('Loading…');
  try {
    const r = await ingest(currentFactFile(), key);
    document.body.dataset.ingested = r.articleId;
    status(`Loaded ${r.articleId}: ${r.facts} facts, ${r.entities} entities.`);
  } catch (err) {
    if (err instanceof ApiError && err.problems.length) showProblems(err.problems);
    status(`Not loaded: ${(err as Error).message}`, true);
  }
}
byId('ingest').addEventListener('click', () => void ingestNow());

// ---- keyboard ----
const editable = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

function moveSuggestion(step: number): void {
  const items = [...document.querySelectorAll<HTMLElement>('#sentences .suggestion')];
  if (!items.length) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  items[at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length]!.focus();
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    return save();
  }
  if (e.altKey && !e.ctrlKey) {
    const action: Record<string, () => void> = {
      KeyI: () => void ingestNow(),
      KeyE: () =>
        openEntityForm(
          byId<HTMLInputElement>('fact-subject') === target ? (target as HTMLInputElement).value : '',
        ),
      KeyT: () => {
        (byId('metadata') as HTMLDetailsElement).open = true;
        textArea.focus();
      },
      KeyO: () => byId('open-file').click(),
      KeyG: () => byId('open-graph-id').focus(),
    };
    const run = action[e.code];
    if (run) {
      e.preventDefault();
      return run();
    }
  }
  if (e.key === 'Escape') {
    if (!entityForm.hidden && entityForm.contains(target)) return closeEntityForm();
    if (!form.hidden) return closeForm();
    if (editable(target)) return target.blur();
    return;
  }
  if (
    e.key === 'Enter' &&
    form.contains(target) &&
    (e.ctrlKey || target.tagName === 'SELECT' || (target as HTMLInputElement).type === 'checkbox')
  ) {
    e.preventDefault();
    return form.requestSubmit();
  }
  if (editable(target) || e.ctrlKey || e.metaKey || e.altKey) return;
  const suggestion = target.closest<HTMLElement>('.suggestion');
  const sentence = target.closest<HTMLElement>('.sentence');
  const factItem = target.closest<HTMLElement>('#facts li');
  if (e.key === 'j' || e.key === 'k') {
    e.preventDefault();
    return moveSuggestion(e.key === 'j' ? 1 : -1);
  }
  if (suggestion && target === suggestion) {
    if (e.key === 'a' || e.key === 'Enter') {
      e.preventDefault();
      return accept(suggestion.dataset.key!);
    }
    if (e.key === 'r' || e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      return reject(suggestion.dataset.key!);
    }
  }
  if (sentence && (e.key === 'n' || e.key === 'Enter')) {
    e.preventDefault();
    const start = Number(sentence.dataset.start);
    const end = Number(sentence.dataset.end);
    return openForm({ quote: text.slice(start, end), start, end });
  }
  if (factItem && target === factItem) {
    const index = facts.findIndex((f) => f.id === factItem.dataset.fact);
    if (e.key === 'e' || e.key === 'Enter') {
      e.preventDefault();
      return openForm({ index });
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      return removeFact(index);
    }
  }
});

// ---- start ----
render();
fetchGraphEntities(MAX_GRAPH_ENTITIES).then(
  ({ entities, truncated }) => {
    for (const e of entities) graphEntities.set(e.id, e);
    render();
    status(
      truncated
        ? `The graph has more than ${MAX_GRAPH_ENTITIES} entities: mentions of the rest are not marked (autocomplete still finds them).`
        : `${entities.length} entities in the graph.`,
    );
    document.body.dataset.state = 'ready';
  },
  (err: Error) => {
    status(`No entities from the graph (${err.message}): only the file's own are known.`, true);
    document.body.dataset.state = 'ready';
  },
);
