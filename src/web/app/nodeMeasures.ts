/**
 * Sizes and colours from the graph algorithms: nodes sized by a chosen centrality (`Query.ranking`
 * over the relation types the filter shows, so the sizes answer "central in what is shown"), and
 * coloured by community (`Entity.community`) instead of by kind, with a legend of the communities
 * drawn. Both need Graph Data Science on the server; without it the controls say so and stay
 * disabled, and the graph keeps its kind colours and one size.
 * The graph container tells tests what is applied: `data-size-by` (`none`, a measure, or
 * `loading`, `error`), `data-colour-by` (`kind`, `community`, `loading`, `error`) and
 * `data-measures` (`available`, or `unavailable` without GDS).
 */
import type cytoscape from 'cytoscape';
import { byId, el } from './dom.js';
import {
  fetchCommunities,
  fetchRanking,
  GraphQLRequestError,
  hasGds,
  type CentralityMeasure,
  type Membership,
  type RelationType,
} from './graphql.js';

/** Node diameters in pixels: the unranked and lowest at MIN_SIZE, the top of the ranking at MAX_SIZE. */
export const MIN_SIZE = 20;
export const MAX_SIZE = 72;
/** The most `ranking` answers; entities below its top are drawn at MIN_SIZE. */
const RANKED = 100;
/**
 * A new ranking waits this long after a type filter change: each is a GDS computation on the
 * server, and a reader ticking several types wants only the last.
 */
const SETTLE_MS = 250;

/** Distinguishable colours (Tableau 10) for communities of two or more; loners share grey. */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
];
const ALONE = '#bab0ac';

export const NO_GDS =
  'Unavailable: this server has no Graph Data Science plugin, which centrality and communities need.';

/** Area grows with the score, so a node twice as central covers twice the pixels. */
const sizeOf = (score: number, top: number) =>
  top > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(score, 0) / top) : MIN_SIZE;

export function setUpNodeMeasures(
  cy: cytoscape.Core,
  container: HTMLElement,
  o: {
    /** The relation types to rank over: null for all. */
    types: () => RelationType[] | null;
    /** How many entities' communities to read in pages before asking one by one. */
    maxEntities: number;
  },
) {
  const select = byId<HTMLSelectElement>('size-by');
  const toggle = byId<HTMLInputElement>('colour-communities');
  const note = byId('measures-note');
  const legend = byId('community-legend');
  let unavailable = false;
  // Answers to an older choice arriving after a newer one's are dropped.
  let sizeRun = 0;
  let colourRun = 0;
  let settling: number | undefined;
  container.dataset.sizeBy = 'none';
  container.dataset.colourBy = 'kind';

  const say = (text: string) => {
    note.textContent = text;
    note.hidden = text === '';
  };

  function disable(): void {
    unavailable = true;
    sizeRun++;
    colourRun++;
    select.value = '';
    select.disabled = true;
    toggle.checked = false;
    toggle.disabled = true;
    cy.nodes().removeClass('sized by-community').removeData('size communityColour community');
    legend.replaceChildren();
    container.dataset.sizeBy = 'none';
    container.dataset.colourBy = 'kind';
    container.dataset.measures = 'unavailable';
    say(NO_GDS);
  }

  /**
   * PLUGIN_MISSING disables the controls for good; other errors are shown here, and the graph
   * stays usable (choosing again retries).
   */
  function failed(err: unknown): void {
    if (err instanceof GraphQLRequestError && err.code === 'PLUGIN_MISSING') return disable();
    say(`Error: ${err instanceof Error ? err.message : String(err)}`);
    if (container.dataset.sizeBy === 'loading') container.dataset.sizeBy = 'error';
    if (container.dataset.colourBy === 'loading') container.dataset.colourBy = 'error';
  }

  async function applySizes(): Promise<void> {
    const run = ++sizeRun;
    const measure = select.value as CentralityMeasure | '';
    if (measure === '') {
      cy.nodes().removeClass('sized').removeData('size');
      container.dataset.sizeBy = 'none';
      return;
    }
    container.dataset.sizeBy = 'loading';
    say('');
    const types = o.types();
    const ranked = types?.length === 0 ? [] : await fetchRanking(measure, types, RANKED);
    if (run !== sizeRun) return;
    const scores = new Map(ranked.map((r) => [r.entity.id, r.score]));
    const top = Math.max(0, ...scores.values());
    cy.batch(() =>
      cy.nodes().forEach((n) => void n.data('size', sizeOf(scores.get(n.id()) ?? 0, top)).addClass('sized')),
    );
    container.dataset.sizeBy = measure;
  }

  async function applyColours(): Promise<void> {
    const run = ++colourRun;
    if (!toggle.checked) {
      cy.nodes().removeClass('by-community').removeData('communityColour community');
      legend.replaceChildren();
      container.dataset.colourBy = 'kind';
      return;
    }
    container.dataset.colourBy = 'loading';
    say('');
    const ids = cy.nodes().map((n) => n.id());
    const members = await fetchCommunities(ids, o.maxEntities);
    if (run !== colourRun) return;
    colourBy(members);
    container.dataset.colourBy = 'community';
  }

  /** Colours the drawn nodes by community, the largest communities first, and lists them. */
  function colourBy(members: Map<string, Membership>): void {
    const drawn = new Map<string, { size: number; names: string[] }>();
    cy.nodes().forEach((n) => {
      const c = members.get(n.id())?.community ?? { id: n.id(), size: 1 };
      const entry = drawn.get(c.id) ?? { size: c.size, names: [] };
      entry.names.push(String(n.data('name')));
      drawn.set(c.id, entry);
    });
    const order = [...drawn.entries()]
      .filter(([, c]) => c.size > 1)
      .sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b));
    const colours = new Map(order.map(([id], i) => [id, PALETTE[i % PALETTE.length] ?? ALONE]));
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        const id = members.get(n.id())?.community.id ?? n.id();
        n.data({ community: id, communityColour: colours.get(id) ?? ALONE }).addClass('by-community');
      }),
    );
    const nameOf = (id: string) => members.get(id)?.name ?? id;
    const items = order.map(([id, c]) => {
      const dot = el('span', { class: 'dot' });
      dot.style.background = colours.get(id) ?? ALONE;
      return el(
        'li',
        {
          'data-community': id,
          'data-colour': colours.get(id) ?? ALONE,
          title: `${c.size} entities, drawn here: ${c.names.sort().join(', ')}`,
        },
        dot,
        `${nameOf(id)} +${c.size - 1}`,
      );
    });
    const loners = [...drawn.entries()].filter(([, c]) => c.size <= 1);
    if (loners.length > 0) {
      const dot = el('span', { class: 'dot' });
      dot.style.background = ALONE;
      items.push(
        el(
          'li',
          {
            'data-community': 'alone',
            'data-colour': ALONE,
            title: `Connected to no community: ${loners.map(([, c]) => c.names.join(', ')).join(', ')}`,
          },
          dot,
          `on their own (${loners.length})`,
        ),
      );
    }
    legend.replaceChildren(...items);
  }

  select.addEventListener('change', () => void applySizes().catch(failed));
  toggle.addEventListener('change', () => void applyColours().catch(failed));
  void hasGds()
    .then((yes) => void (yes ? (container.dataset.measures = 'available') : disable()))
    .catch(failed);

  return {
    /** After the drawn graph changed: sizes and colours for the new nodes too. */
    graphChanged(): Promise<void> {
      if (unavailable) return Promise.resolve();
      return Promise.all([applySizes(), applyColours()]).then(() => undefined, failed);
    },
    /** After the type filter changed: the ranking over the types now shown, once the ticking settles. */
    typesChanged(): void {
      if (unavailable || select.value === '') return;
      window.clearTimeout(settling);
      sizeRun++;
      container.dataset.sizeBy = 'loading';
      settling = window.setTimeout(() => void applySizes().catch(failed), SETTLE_MS);
    },
  };
}
