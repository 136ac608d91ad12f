/**
 * Colours and shapes by entity kind and relation type: one palette for the explorer page, the
 * README picture and the styled exports (GEXF viz colours, DOT), so Gephi, Graphviz and the
 * browser show the same graph the same way. Plain data, so the browser bundle can import it.
 */
import type { RelationType } from '../ingest/relationTypes.js';

/** A CSS / Graphviz colour as #rrggbb. */
export type HexColor = `#${string}`;

export interface KindStyle {
  color: HexColor;
  /** Cytoscape.js node shape. */
  shape: string;
  /** Graphviz node shape. */
  dotShape: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  Organization: { color: '#4e79a7', shape: 'round-rectangle', dotShape: 'box' },
  Person: { color: '#f28e2b', shape: 'ellipse', dotShape: 'ellipse' },
  GovernmentBody: { color: '#e15759', shape: 'hexagon', dotShape: 'hexagon' },
  Country: { color: '#76b7b2', shape: 'octagon', dotShape: 'octagon' },
  Product: { color: '#59a14f', shape: 'diamond', dotShape: 'diamond' },
  MediaOutlet: { color: '#edc948', shape: 'rectangle', dotShape: 'note' },
  Technique: { color: '#b07aa1', shape: 'triangle', dotShape: 'triangle' },
  Group: { color: '#9c755f', shape: 'barrel', dotShape: 'folder' },
};

export const DEFAULT_KIND_STYLE: KindStyle = { color: '#8f8f8f', shape: 'ellipse', dotShape: 'ellipse' };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? DEFAULT_KIND_STYLE;
}

/** Edge colour per relation type: conflict in reds, denial in green, structure in greys. */
export const RELATION_COLORS: Record<RelationType, HexColor> = {
  ACCUSES: '#d62728',
  DENIES: '#2ca02c',
  INVESTIGATES: '#ff7f0e',
  BANS: '#8c1c13',
  RESTRICTS: '#e377c2',
  ATTACKS: '#222222',
  REPORTS: '#7f7f7f',
  COMMENTS_ON: '#17becf',
  INVESTS_IN: '#bcbd22',
  DEVELOPS: '#1f77b4',
  COMPETES_WITH: '#9467bd',
  USES: '#8c564b',
  HOLDS_POSITION: '#a0a0a0',
  PART_OF: '#b8b8b8',
};
