/**
 * The drawing: Cytoscape.js (canvas 2D — no WebGL, so it renders the same in headless Chromium),
 * chosen over sigma.js because it draws what a fact graph needs out of the box: labelled,
 * arrowed, separated parallel edges, node shapes, and tap events on edges as well as nodes.
 * Entities are labelled by name, coloured and shaped by kind; facts labelled and coloured by type.
 */
import cytoscape from 'cytoscape';
import type { RelationType } from '../../domain/relationTypes.js';
import { KIND_STYLES, RELATION_COLORS, kindStyle } from '../../export/palette.js';

export interface NodeData {
  id: string;
  name: string;
  kind: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** The UTC day (`YYYY-MM-DD`) it was first reported, or null when no dated article states it. */
  reported: string | null;
}

/** "COMMENTS_ON" → "comments on": edge labels read as words. */
export const typeWords = (type: string) => type.toLowerCase().replace(/_/g, ' ');

function style(): cytoscape.StylesheetJson {
  const kinds = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape as cytoscape.Css.NodeShape },
  }));
  const types = Object.entries(RELATION_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color, color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': kindStyle('').color,
        width: 30,
        height: 30,
        'font-size': 14,
        'font-weight': 'bold',
        color: '#222',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    ...kinds,
    // Set by the centrality and community controls (nodeMeasures.ts), switched by classes:
    // Cytoscape restyles on a class change, not on removed data.
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'font-size': 11,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...types,
    { selector: '.filtered', style: { display: 'none' } },
    // Hidden by the time slider: not reported yet on the chosen day.
    { selector: '.unreported', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a73e8' } },
    { selector: 'edge:selected', style: { width: 5, 'font-size': 11, 'font-weight': 'bold' } },
    { selector: '.found', style: { 'border-width': 5, 'border-color': '#fbbc04' } },
  ];
}

export function createGraphView(container: HTMLElement): cytoscape.Core {
  return cytoscape({
    container,
    style: style(),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
}

/**
 * Adds the nodes and edges not drawn yet (new nodes on a small circle around `near`, when given);
 * returns how many elements were new.
 */
export function addElements(
  cy: cytoscape.Core,
  nodes: NodeData[],
  edges: EdgeData[],
  near?: cytoscape.Position,
): number {
  const fresh: cytoscape.ElementDefinition[] = [];
  const newNodes = nodes.filter((n) => cy.getElementById(n.id).empty());
  newNodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / newNodes.length;
    const position = near
      ? { x: near.x + 60 * Math.cos(angle), y: near.y + 60 * Math.sin(angle) }
      : undefined;
    fresh.push({ group: 'nodes', data: { ...n }, ...(position ? { position } : {}) });
  });
  for (const e of edges)
    if (cy.getElementById(e.id).empty())
      fresh.push({ group: 'edges', data: { ...e, label: typeWords(e.type) } });
  cy.add(fresh);
  return fresh.length;
}

/**
 * Lays the graph out force-directed (cose). A fresh view starts from a circle in id order, so the
 * same graph always gets the same picture; an expanded view starts from where nodes are, so what
 * the reader has seen moves little.
 */
export function layout(cy: cytoscape.Core, o: { fresh: boolean; animate?: boolean }): Promise<void> {
  if (o.fresh)
    cy.nodes()
      .sort((a, b) => a.id().localeCompare(b.id()))
      .layout({ name: 'circle', fit: false })
      .run();
  const animate = o.animate ?? false;
  const run = cy.layout({
    name: 'cose',
    randomize: false,
    animate,
    fit: true,
    padding: 40,
    nodeRepulsion: () => 250_000,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 60,
    nodeOverlap: 20,
    gravity: 0.6,
    numIter: 2500,
    componentSpacing: 80,
  } as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
  run.run();
  return done;
}
