/**
 * Colours and shapes by entity kind and relation type: one palette for the explorer page, the
 * README picture and the styled exports (GEXF viz colours, DOT), so Gephi, Graphviz and the
 * browser show the same graph the same way. Plain data, so the browser bundle can import it.
 */
import { ENTITY_KIND_DESCRIPTORS as KINDS } from '../domain/entityKinds.js';
import type { HexColor } from '../domain/hexColor.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../domain/relationTypes.js';

export type { HexColor };

export interface KindStyle {
  color: HexColor;
  /** Cytoscape.js node shape. */
  shape: string;
  /** Graphviz node shape. */
  dotShape: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  Organization: { color: KINDS.Organization.color, shape: 'round-rectangle', dotShape: 'box' },
  Person: { color: KINDS.Person.color, shape: 'ellipse', dotShape: 'ellipse' },
  GovernmentBody: { color: KINDS.GovernmentBody.color, shape: 'hexagon', dotShape: 'hexagon' },
  Country: { color: KINDS.Country.color, shape: 'octagon', dotShape: 'octagon' },
  Product: { color: KINDS.Product.color, shape: 'diamond', dotShape: 'diamond' },
  MediaOutlet: { color: KINDS.MediaOutlet.color, shape: 'rectangle', dotShape: 'note' },
  Technique: { color: KINDS.Technique.color, shape: 'triangle', dotShape: 'triangle' },
  Group: { color: KINDS.Group.color, shape: 'barrel', dotShape: 'folder' },
};

export const DEFAULT_KIND_STYLE: KindStyle = { color: '#8f8f8f', shape: 'ellipse', dotShape: 'ellipse' };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? DEFAULT_KIND_STYLE;
}

/** Edge colour per relation type: the one src/domain gives it. */
export const RELATION_COLORS = Object.fromEntries(
  RELATION_TYPE_NAMES.map((t): [RelationType, HexColor] => [t, RELATION_TYPES[t].color]),
) as Record<RelationType, HexColor>;
