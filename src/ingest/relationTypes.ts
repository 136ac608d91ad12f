/**
 * The closed list of relation types: the only relationship types the loader writes between
 * entities, and the only ones any query may name. Relation types reach Cypher from this table,
 * never from user input.
 *
 * `cameo` is the CAMEO event code (Conflict and Mediation Event Observations, codebook 1.1b3)
 * where one fits, so facts can be joined with GDELT-style event data; null where CAMEO has no
 * event for the relation (structural relations such as DEVELOPS or HOLDS_POSITION).
 */
export const RELATION_TYPES = {
  ACCUSES: {
    meaning: 'The subject accuses the object of wrongdoing.',
    direction: 'accuser → accused',
    cameo: '112',
    cameoName: 'Accuse, not specified below',
  },
  INVESTIGATES: {
    meaning: 'The subject investigates or reviews the object, or a matter concerning it.',
    direction: 'investigator → investigated',
    cameo: '090',
    cameoName: 'Investigate, not specified below',
  },
  BANS: {
    meaning: 'The subject forbids the use of the object (for its own people or in its domain).',
    direction: 'banning party → banned thing',
    cameo: '172',
    cameoName: 'Impose administrative sanctions, not specified below',
  },
  RESTRICTS: {
    meaning: 'The subject limits something of or towards the object without banning it outright.',
    direction: 'restricting party → restricted party or thing',
    cameo: '163',
    cameoName: 'Impose embargo, boycott, or sanctions',
  },
  DENIES: {
    meaning:
      'The subject rejects an accusation or claim made by the object; the fact names the facts it denies.',
    direction: 'denying party → party whose claim is denied',
    cameo: '016',
    cameoName: 'Deny responsibility',
  },
  REPORTS: {
    meaning: 'The subject reports something that happened to or concerns the object.',
    direction: 'reporter → subject of the report',
    cameo: '010',
    cameoName: 'Make statement, not specified below',
  },
  COMMENTS_ON: {
    meaning: 'The subject publicly characterises or comments on the object.',
    direction: 'speaker → thing commented on',
    cameo: '010',
    cameoName: 'Make statement, not specified below',
  },
  ATTACKS: {
    meaning: 'The subject attacks the object (including cyberattacks).',
    direction: 'attacker → attacked',
    cameo: '176',
    cameoName: 'Attack cybernetically',
  },
  INVESTS_IN: {
    meaning: 'The subject is an investor in the object.',
    direction: 'investor → investee',
    cameo: '061',
    cameoName: 'Cooperate economically',
  },
  DEVELOPS: {
    meaning: 'The subject develops or makes the object (a product or system).',
    direction: 'developer → product',
    cameo: null,
    cameoName: null,
  },
  COMPETES_WITH: {
    meaning: 'The subject competes with the object in a market.',
    direction: 'challenger → incumbent',
    cameo: null,
    cameoName: null,
  },
  USES: {
    meaning: 'The subject uses the object (a technique, data or product).',
    direction: 'user → thing used',
    cameo: null,
    cameoName: null,
  },
  HOLDS_POSITION: {
    meaning: 'The subject (a person) holds a position in or for the object; the role is a qualifier.',
    direction: 'person → organisation',
    cameo: null,
    cameoName: null,
  },
  PART_OF: {
    meaning: 'The subject belongs to, or is controlled by, the object.',
    direction: 'part → whole',
    cameo: null,
    cameoName: null,
  },
} as const;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}
