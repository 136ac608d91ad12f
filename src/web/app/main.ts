/**
 * The explorer page: draws the graph from the GraphQL API, searches it, expands neighbourhoods,
 * shows the evidence of a fact, filters by relation type, replays the story over time, sizes
 * nodes by centrality and colours them by community, and downloads the view.
 * For tests and curious users, `window.cy` is the Cytoscape.js instance, and `#graph` carries
 * the number of shown nodes and edges in `data-nodes` / `data-edges` and the slider's day in
 * `data-as-of` (`all` when it shows every fact); nodeMeasures.ts adds what sizes and colours nodes.
 */
import type cytoscape from 'cytoscape';
import { RELATION_TYPE_NAMES, type RelationType } from '../../domain/relationTypes.js';
import { KIND_STYLES } from '../../export/palette.js';
import './explorer.css';
import { byId, el } from './dom.js';
import { updateDownloads, type View } from './downloads.js';
import { fetchEntity, fetchGraph, fetchNeighbourhood, fetchRelation } from './graphql.js';
import { addElements, createGraphView, layout } from './graphView.js';
import { showEntity, showMessage, showRelation } from './detailsPanel.js';
import { setUpNodeMeasures } from './nodeMeasures.js';
import { firstReportedDay } from './reportedDay.js';
import { setUpSearch } from './searchBox.js';
import { setUpTimeSlider } from './timeSlider.js';
import { setUpTypeFilter } from './typeFilter.js';

declare global {
  interface Window {
    cy: cytoscape.Core;
  }
}

/** How much of the graph the first view draws; larger graphs are explored by search and expansion. */
const MAX_RELATIONS = 600;
const MAX_ENTITIES = 1000;

const container = byId('graph');
const cy = createGraphView(container);
window.cy = cy;
let view: View = { kind: 'all' };
/** True while the reader has not zoomed or panned since the last layout: resizing then refits. */
let fitted = true;

function status(text: string, isError = false): void {
  const s = byId('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
}

function fail(err: unknown): void {
  status(`Error: ${err instanceof Error ? err.message : String(err)}`, true);
  document.body.dataset.state = 'error';
}

const filter = setUpTypeFilter(() => {
  refresh();
  measures.typesChanged();
});
const measures = setUpNodeMeasures(cy, container, {
  types: () => (filter.selected().length === RELATION_TYPE_NAMES.length ? null : filter.selected()),
  maxEntities: MAX_ENTITIES,
});
const timeline = setUpTimeSlider(() => refresh());
const hops = () => Number(byId<HTMLSelectElement>('hops').value);

/**
 * Applies the type filter and the time slider (on a day, a fact shows once it was reported by
 * its end, an entity once one of its facts shows) and updates counts, the status line and the
 * download form.
 */
function refresh(): void {
  const types = new Set<string>(filter.selected());
  const asOf = timeline.day();
  const reported = (e: cytoscape.SingularElementArgument) => {
    const day = e.data('reported') as string | null;
    return asOf === null || (day !== null && day <= asOf);
  };
  cy.batch(() => {
    cy.edges().forEach((e) => {
      e.toggleClass('filtered', !types.has(e.data('type')));
      e.toggleClass('unreported', !reported(e));
    });
    cy.nodes().forEach(
      (n) => void n.toggleClass('unreported', asOf !== null && !n.connectedEdges().toArray().some(reported)),
    );
  });
  const byType = new Map<string, number>();
  cy.edges()
    .filter((e) => reported(e))
    .forEach((e) => void byType.set(e.data('type'), (byType.get(e.data('type')) ?? 0) + 1));
  filter.setCounts(byType);
  // Counted from the data: Cytoscape applies the class change to styles lazily, on its next frame.
  const nodes = cy.nodes().filter((n) => !n.hasClass('unreported')).length;
  const edges = cy.edges().filter((e) => types.has(e.data('type')) && reported(e)).length;
  container.dataset.nodes = String(nodes);
  container.dataset.edges = String(edges);
  container.dataset.asOf = asOf ?? 'all';
  status(`${nodes} entities, ${edges} relations shown${asOf === null ? '' : ` as reported by ${asOf}`}`);
  updateDownloads(view, filter.selected(), () => cy.nodes().map((n) => n.id()));
  byId('downloads')
    .querySelectorAll('button')
    .forEach((b) => (b.disabled = types.size === 0));
}

async function showWholeGraph(): Promise<void> {
  status('Loading the graph…');
  const graph = await fetchGraph(MAX_RELATIONS, MAX_ENTITIES);
  cy.elements().remove();
  addElements(
    cy,
    graph.entities,
    graph.relations.map((r) => ({
      id: r.id,
      source: r.subject.id,
      target: r.object.id,
      type: r.type,
      reported: firstReportedDay(r.claims.map((c) => c.article.publishedAt)),
    })),
  );
  // Relations may name entities beyond the entity page limit; draw those too.
  addElements(
    cy,
    graph.relations.flatMap((r) => [r.subject, r.object]),
    [],
  );
  view = graph.truncated ? { kind: 'custom' } : { kind: 'all' };
  await layout(cy, { fresh: true });
  timeline.setDays(cy.edges().map((e) => e.data('reported') as string | null));
  refresh();
  void measures.graphChanged();
  if (graph.truncated)
    status(`${byId('status').textContent} — the first ${MAX_RELATIONS}; search to explore the rest`);
}

async function showNeighbourhood(id: string, replace: boolean): Promise<void> {
  const types: RelationType[] = filter.selected();
  const n = await fetchNeighbourhood(id, hops(), types);
  if (!n) return showMessage(`No entity with id ${id}.`);
  if (replace) cy.elements().remove();
  const center = cy.getElementById(id);
  const added = addElements(
    cy,
    n.nodes.map((x) => ({ id: x.id, name: x.label, kind: x.kind })),
    n.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      reported: firstReportedDay(e.relation.claims.map((c) => c.article.publishedAt)),
    })),
    center.nonempty() ? { ...center.position() } : undefined,
  );
  if (replace) view = { kind: 'neighbourhood', center: id, hops: hops() };
  else if (added > 0 && view.kind !== 'custom') view = { kind: 'custom' };
  if (added > 0 || replace) await layout(cy, { fresh: replace, animate: !replace });
  timeline.setDays(cy.edges().map((e) => e.data('reported') as string | null));
  refresh();
  void measures.graphChanged();
}

function select(id: string): void {
  cy.elements().unselect();
  cy.$('.found').removeClass('found');
  const node = cy.getElementById(id);
  node.select().addClass('found');
  fitted = false;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
}

async function openRelation(id: string): Promise<void> {
  const r = await fetchRelation(id);
  if (!r) return showMessage(`No relation with id ${id}.`);
  showRelation(r, { openRelation: (other) => void openRelation(other).catch(fail) });
  cy.elements().unselect();
  cy.getElementById(id).select();
}

cy.on('tap', 'edge', (e) => void openRelation(e.target.id()).catch(fail));
cy.on('tap', 'node', (e) => {
  const id: string = e.target.id();
  void fetchEntity(id)
    .then((entity) => entity && showEntity(entity))
    .catch(fail);
  void showNeighbourhood(id, false).catch(fail);
});

setUpSearch(async (hit) => {
  try {
    if (cy.getElementById(hit.entity.id).empty()) await showNeighbourhood(hit.entity.id, true);
    select(hit.entity.id);
    const entity = await fetchEntity(hit.entity.id);
    if (entity) showEntity(entity);
  } catch (err) {
    fail(err);
  }
}, fail);

byId('reset').addEventListener('click', () => {
  document.body.dataset.state = 'loading';
  void showWholeGraph()
    .then(() => (document.body.dataset.state = 'ready'))
    .catch(fail);
});

byId('legend').replaceChildren(
  ...Object.entries(KIND_STYLES).map(([kind, s]) => {
    const dot = el('span', { class: 'dot' });
    dot.style.background = s.color;
    return el('li', {}, dot, kind);
  }),
);

cy.on('layoutstop', () => (fitted = true));
cy.on('scrollzoom dragpan pinchzoom', () => (fitted = false));

// The details panel and the window change the graph's box: Cytoscape must know (to map clicks
// right), and a graph the reader has not moved is fitted into the new box.
new ResizeObserver(() => {
  cy.resize();
  if (fitted) cy.fit(undefined, 40);
}).observe(container);

/** `/?center=<entity id>&hops=<1..3>` opens a neighbourhood instead of the whole graph. */
function firstView(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const center = params.get('center');
  const h = params.get('hops');
  if (h && ['1', '2', '3'].includes(h)) byId<HTMLSelectElement>('hops').value = h;
  return center ? showNeighbourhood(center, true) : showWholeGraph();
}

firstView()
  .then(() => (document.body.dataset.state = 'ready'))
  .catch(fail);
