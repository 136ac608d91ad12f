/**
 * The closed list of entity kinds: each entity has one, as its `kind` property and as a second
 * label beside `Entity` in the graph. `color` is the kind's colour in the explorer, the README
 * picture and the styled exports (src/export/palette.ts adds the shapes).
 */
import type { HexColor } from './hexColor.js';

export interface EntityKindDescriptor {
  meaning: string;
  color: HexColor;
}

export const ENTITY_KIND_DESCRIPTORS = {
  Organization: { meaning: 'A company, institute or other organisation.', color: '#4e79a7' },
  Person: { meaning: 'A person.', color: '#f28e2b' },
  GovernmentBody: {
    meaning: 'A government, ministry, agency, armed service or other public body.',
    color: '#e15759',
  },
  Country: { meaning: 'A country, as a state or territory.', color: '#76b7b2' },
  Product: { meaning: 'A product, model or system.', color: '#59a14f' },
  MediaOutlet: { meaning: 'A newspaper, broadcaster or other media outlet.', color: '#edc948' },
  Technique: { meaning: 'A technique or method.', color: '#b07aa1' },
  Group: { meaning: 'An unnamed collective (e.g. „chinesische Konkurrenten“).', color: '#9c755f' },
} as const satisfies Record<string, EntityKindDescriptor>;

export type EntityKind = keyof typeof ENTITY_KIND_DESCRIPTORS;

export const ENTITY_KINDS = Object.keys(ENTITY_KIND_DESCRIPTORS) as [EntityKind, ...EntityKind[]];
