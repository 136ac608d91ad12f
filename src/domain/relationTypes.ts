/**
 * The closed list of relation types: the only relationship types the loader writes between
 * entities, and the only ones any query may name. Relation types reach Cypher from this table,
 * never from user input. Everything that lists types (GraphQL enum, JSON Schema, Cypher, the
 * explorer, the exports, the docs) derives from it or is held to it by a test, so adding a type
 * is one entry here (src/domain/README.md says what to run after).
 *
 * - `cameo`: the CAMEO event code (codebook 1.1b3) where one fits, so facts can be joined with
 *   GDELT-style event data; null for standing relations that are no event (DEVELOPS, PART_OF …).
 *   Its root category follows from the code (`relationCameoRoot`).
 * - `plover`: the PLOVER event type and mode, for joins with POLECAT; null with `ploverNote`
 *   saying why where PLOVER has no event (it does not code statements, appeals or standing
 *   relations). The note also explains a mapping that is a choice between two PLOVER events.
 * - `examples`: how articles phrase it, German and English — a guide for curators, not a lexicon.
 * - `color`: the type's colour in the explorer, the exports and Neo4j Browser's style.
 */
import { cameoRootOf, type CameoRoot } from './cameo.js';
import type { HexColor } from './hexColor.js';
import type { PloverEvent } from './plover.js';

export interface RelationTypeDescriptor {
  meaning: string;
  direction: string;
  cameo: string | null;
  cameoName: string | null;
  plover: PloverEvent | null;
  ploverNote: string | null;
  examples: { de: readonly string[]; en: readonly string[] };
  color: HexColor;
}

const STANDING = 'A standing relation, not an event: neither CAMEO nor PLOVER codes it.';
const STATEMENT = 'PLOVER does not code plain statements (CAMEO 01); no PLOVER event.';

export const RELATION_TYPES = {
  ACCUSES: {
    meaning: 'The subject accuses the object of wrongdoing.',
    direction: 'accuser → accused',
    cameo: '112',
    cameoName: 'Accuse, not specified below',
    plover: { event: 'ACCUSE', mode: 'allege' },
    ploverNote: null,
    examples: {
      de: ['wirft … vor', 'beschuldigt', 'bezichtigt'],
      en: ['accuses', 'alleges', 'blames … for'],
    },
    color: '#d62728',
  },
  INVESTIGATES: {
    meaning: 'The subject investigates or reviews the object, or a matter concerning it.',
    direction: 'investigator → investigated',
    cameo: '090',
    cameoName: 'Investigate, not specified below',
    plover: { event: 'ACCUSE', mode: 'investigate' },
    ploverNote: null,
    examples: {
      de: ['untersucht', 'prüft', 'ermittelt gegen'],
      en: ['investigates', 'reviews', 'probes'],
    },
    color: '#ff7f0e',
  },
  BANS: {
    meaning: 'The subject forbids the use of the object (for its own people or in its domain).',
    direction: 'banning party → banned thing',
    cameo: '172',
    cameoName: 'Impose administrative sanctions, not specified below',
    plover: { event: 'COERCE', mode: 'restrict' },
    ploverNote: null,
    examples: {
      de: ['verbietet', 'sperrt', 'untersagt die Nutzung von'],
      en: ['bans', 'blocks', 'prohibits the use of'],
    },
    color: '#8c1c13',
  },
  RESTRICTS: {
    meaning: 'The subject limits something of or towards the object without banning it outright.',
    direction: 'restricting party → restricted party or thing',
    cameo: '163',
    cameoName: 'Impose embargo, boycott, or sanctions',
    plover: { event: 'COERCE', mode: 'restrict' },
    ploverNote: 'CAMEO 163 maps to COERCE/restrict in the PLOVER project’s CAMEO table, not to SANCTION.',
    examples: {
      de: ['beschränkt', 'schränkt … ein', 'verhängt Sanktionen gegen'],
      en: ['restricts', 'limits', 'imposes sanctions on'],
    },
    color: '#e377c2',
  },
  DENIES: {
    meaning:
      'The subject rejects an accusation or claim made by the object; the fact names the facts it denies.',
    direction: 'denying party → party whose claim is denied',
    cameo: '016',
    cameoName: 'Deny responsibility',
    plover: null,
    ploverNote:
      'A denial is a public statement (CAMEO 01), which PLOVER does not code; its REJECT is for refused requests and proposals, not denied claims.',
    examples: {
      de: ['bestreitet', 'weist … zurück', 'dementiert'],
      en: ['denies', 'rejects the claim', 'disputes'],
    },
    color: '#2ca02c',
  },
  REPORTS: {
    meaning: 'The subject reports something that happened to or concerns the object.',
    direction: 'reporter → subject of the report',
    cameo: '010',
    cameoName: 'Make statement, not specified below',
    plover: null,
    ploverNote: STATEMENT,
    examples: {
      de: ['berichtet über', 'meldet', 'teilt mit'],
      en: ['reports', 'says', 'announces'],
    },
    color: '#7f7f7f',
  },
  COMMENTS_ON: {
    meaning: 'The subject publicly characterises or comments on the object.',
    direction: 'speaker → thing commented on',
    cameo: '010',
    cameoName: 'Make statement, not specified below',
    plover: null,
    ploverNote: STATEMENT,
    examples: {
      de: ['äußert sich zu', 'kommentiert', 'bezeichnet … als'],
      en: ['comments on', 'calls … a', 'describes … as'],
    },
    color: '#17becf',
  },
  ATTACKS: {
    meaning: 'The subject attacks the object (including cyberattacks).',
    direction: 'attacker → attacked',
    cameo: '176',
    cameoName: 'Attack cybernetically',
    plover: { event: 'ASSAULT', mode: null },
    ploverNote: 'PLOVER has no cyber mode: a cyberattack is ASSAULT in the context "cyber".',
    examples: {
      de: ['greift … an', 'attackiert', 'hackt'],
      en: ['attacks', 'hacks', 'launches a cyberattack on'],
    },
    color: '#222222',
  },
  INVESTS_IN: {
    meaning: 'The subject is an investor in the object.',
    direction: 'investor → investee',
    cameo: '061',
    cameoName: 'Cooperate economically',
    plover: { event: 'COOPERATE', mode: null },
    ploverNote: null,
    examples: {
      de: ['investiert in', 'beteiligt sich an', 'finanziert'],
      en: ['invests in', 'backs', 'takes a stake in'],
    },
    color: '#bcbd22',
  },
  DEVELOPS: {
    meaning: 'The subject develops or makes the object (a product or system).',
    direction: 'developer → product',
    cameo: null,
    cameoName: null,
    plover: null,
    ploverNote: STANDING,
    examples: {
      de: ['entwickelt', 'stellt … her', 'hat … gebaut'],
      en: ['develops', 'makes', 'built'],
    },
    color: '#1f77b4',
  },
  COMPETES_WITH: {
    meaning: 'The subject competes with the object in a market.',
    direction: 'challenger → incumbent',
    cameo: null,
    cameoName: null,
    plover: null,
    ploverNote: STANDING,
    examples: {
      de: ['konkurriert mit', 'tritt gegen … an', 'Konkurrent von'],
      en: ['competes with', 'rivals', 'challenges'],
    },
    color: '#9467bd',
  },
  USES: {
    meaning: 'The subject uses the object (a technique, data or product).',
    direction: 'user → thing used',
    cameo: null,
    cameoName: null,
    plover: null,
    ploverNote: STANDING,
    examples: {
      de: ['nutzt', 'verwendet', 'setzt … ein'],
      en: ['uses', 'relies on', 'employs'],
    },
    color: '#8c564b',
  },
  HOLDS_POSITION: {
    meaning: 'The subject (a person) holds a position in or for the object; the role is a qualifier.',
    direction: 'person → organisation',
    cameo: null,
    cameoName: null,
    plover: null,
    ploverNote: STANDING,
    examples: {
      de: ['Sprecherin von', 'Chef von', 'leitet'],
      en: ['spokesperson of', 'head of', 'leads'],
    },
    color: '#a0a0a0',
  },
  PART_OF: {
    meaning: 'The subject belongs to, or is controlled by, the object.',
    direction: 'part → whole',
    cameo: null,
    cameoName: null,
    plover: null,
    ploverNote: STANDING,
    examples: {
      de: ['gehört zu', 'Tochter von', 'Teil von'],
      en: ['is part of', 'belongs to', 'is a subsidiary of'],
    },
    color: '#b8b8b8',
  },
  APPEALS_TO: {
    meaning:
      'The subject asks, urges or calls on the object to do something, without the force of a demand; what is asked goes in `about`.',
    direction: 'asking party → party asked',
    cameo: '020',
    cameoName: 'Make an appeal or request, not specified below',
    plover: null,
    ploverNote: 'PLOVER does not code appeals or requests (CAMEO 02); no PLOVER event.',
    examples: {
      de: ['fordert … auf', 'bittet', 'appelliert an', 'ersucht'],
      en: ['calls on', 'asks', 'urges', 'requests'],
    },
    color: '#6baed6',
  },
  OFFERS_COOPERATION_TO: {
    meaning: 'The subject offers, promises or announces cooperation, help or talks with the object.',
    direction: 'offering party → party offered',
    cameo: '030',
    cameoName: 'Express intent to cooperate, not specified below',
    plover: { event: 'AGREE', mode: null },
    ploverNote: null,
    examples: {
      de: ['bietet … Zusammenarbeit an', 'sagt … zu', 'kündigt Kooperation mit … an'],
      en: ['offers to work with', 'pledges', 'promises cooperation to'],
    },
    color: '#74c476',
  },
  MEETS: {
    meaning: 'The subject meets, consults, visits or negotiates with the object.',
    direction: 'visitor or initiator → host or counterpart',
    cameo: '040',
    cameoName: 'Consult, not specified below',
    plover: { event: 'CONSULT', mode: null },
    ploverNote: null,
    examples: {
      de: ['trifft', 'berät sich mit', 'besucht', 'verhandelt mit'],
      en: ['meets', 'consults', 'visits', 'holds talks with'],
    },
    color: '#3182bd',
  },
  SUPPORTS: {
    meaning:
      'The subject publicly supports, praises or endorses the object, or signs an agreement with it (non-material support).',
    direction: 'supporter → supported',
    cameo: '050',
    cameoName: 'Engage in diplomatic cooperation, not specified below',
    plover: { event: 'SUPPORT', mode: null },
    ploverNote: null,
    examples: {
      de: ['unterstützt', 'lobt', 'befürwortet', 'unterzeichnet ein Abkommen mit'],
      en: ['supports', 'praises', 'endorses', 'signs an agreement with'],
    },
    color: '#31a354',
  },
  COOPERATES_WITH: {
    meaning: 'The subject works with the object in practice: shares data, trades, runs a joint project.',
    direction: 'partner → partner',
    cameo: '060',
    cameoName: 'Engage in material cooperation, not specified below',
    plover: { event: 'COOPERATE', mode: null },
    ploverNote: null,
    examples: {
      de: ['kooperiert mit', 'arbeitet mit … zusammen', 'teilt Daten mit'],
      en: ['cooperates with', 'works with', 'shares data with'],
    },
    color: '#006d2c',
  },
  PROVIDES_AID_TO: {
    meaning: 'The subject gives the object aid that mainly benefits the object: money, equipment, help.',
    direction: 'giver → recipient',
    cameo: '070',
    cameoName: 'Provide aid, not specified below',
    plover: { event: 'AID', mode: null },
    ploverNote: null,
    examples: {
      de: ['hilft', 'unterstützt … finanziell', 'liefert … an'],
      en: ['provides aid to', 'helps', 'funds'],
    },
    color: '#0b8a6f',
  },
  COMPLIES_WITH: {
    meaning:
      'The subject gives in to, or complies with, a demand, order or rule of the object (e.g. removes an app as asked).',
    direction: 'yielding party → party whose demand or rule is met',
    cameo: '080',
    cameoName: 'Yield, not specified below',
    plover: { event: 'CONCEDE', mode: null },
    ploverNote:
      'PLOVER splits CAMEO 08 into CONCEDE (verbal) and RETREAT (material); the CAMEO-to-PLOVER table maps 080 to CONCEDE.',
    examples: {
      de: ['kommt … nach', 'lenkt ein', 'befolgt', 'entfernt … auf Aufforderung von'],
      en: ['complies with', 'gives in to', 'yields to', 'concedes to'],
    },
    color: '#9ecae1',
  },
  DEMANDS: {
    meaning:
      'The subject demands something of the object, more forcefully than an appeal; what goes in `about`.',
    direction: 'demanding party → party the demand is made of',
    cameo: '100',
    cameoName: 'Demand, not specified below',
    plover: { event: 'DEMAND', mode: null },
    ploverNote: null,
    examples: {
      de: ['verlangt von', 'fordert von', 'besteht darauf, dass'],
      en: ['demands', 'insists that', 'requires of'],
    },
    color: '#fd8d3c',
  },
  ORDERS: {
    meaning:
      'The subject, with authority over the object (a regulator, court, government), orders it to do or stop something.',
    direction: 'authority → party ordered',
    cameo: '100',
    cameoName: 'Demand, not specified below',
    plover: { event: 'DEMAND', mode: null },
    ploverNote:
      'PLOVER files every demand and order under DEMAND, as CAMEO does for orders; the binding force is what sets ORDERS apart from DEMANDS here.',
    examples: {
      de: ['ordnet an', 'weist … an', 'verpflichtet', 'verfügt'],
      en: ['orders', 'instructs', 'directs', 'requires'],
    },
    color: '#d94801',
  },
  CRITICISES: {
    meaning: 'The subject criticises, condemns or objects to the object, without accusing it of wrongdoing.',
    direction: 'critic → criticised',
    cameo: '111',
    cameoName: 'Criticize or denounce',
    plover: { event: 'ACCUSE', mode: 'disapprove' },
    ploverNote: null,
    examples: {
      de: ['kritisiert', 'verurteilt', 'bemängelt', 'beanstandet'],
      en: ['criticises', 'condemns', 'objects to', 'faults'],
    },
    color: '#e6550d',
  },
  SUES: {
    meaning: 'The subject brings a lawsuit or formal complaint against the object.',
    direction: 'plaintiff → defendant',
    cameo: '115',
    cameoName: 'Bring lawsuit against',
    plover: { event: 'ACCUSE', mode: 'disapprove' },
    ploverNote: 'PLOVER counts suing as ACCUSE; the CAMEO-to-PLOVER table gives 115 the mode "disapprove".',
    examples: {
      de: ['verklagt', 'reicht Klage gegen … ein', 'erstattet Anzeige gegen'],
      en: ['sues', 'files a lawsuit against', 'takes … to court'],
    },
    color: '#a63603',
  },
  REJECTS: {
    meaning: 'The subject rejects or refuses a request, demand, proposal or order of the object.',
    direction: 'rejecting party → party whose request or proposal is rejected',
    cameo: '120',
    cameoName: 'Reject, not specified below',
    plover: { event: 'REJECT', mode: null },
    ploverNote: null,
    examples: {
      de: ['lehnt … ab', 'weigert sich', 'widersetzt sich'],
      en: ['rejects', 'refuses', 'turns down'],
    },
    color: '#756bb1',
  },
  THREATENS: {
    meaning: 'The subject threatens the object with a measure or force if it does (not) act.',
    direction: 'threatening party → threatened',
    cameo: '130',
    cameoName: 'Threaten, not specified below',
    plover: { event: 'THREATEN', mode: null },
    ploverNote: null,
    examples: {
      de: ['droht', 'droht … mit', 'stellt ein Ultimatum'],
      en: ['threatens', 'threatens … with', 'gives an ultimatum to'],
    },
    color: '#a50f15',
  },
  WARNS: {
    meaning:
      'The subject warns the object of consequences, or warns others against the object (a danger it poses); softer than a threat.',
    direction: 'warning party → party warned, or the thing warned against',
    cameo: '130',
    cameoName: 'Threaten, not specified below',
    plover: { event: 'THREATEN', mode: null },
    ploverNote:
      'Neither ontology has a "warn" of its own; both count coercive warnings as threats. A warning about a risk, not aimed at the object, may give its fact its own `cameo` (e.g. 111).',
    examples: {
      de: ['warnt', 'warnt vor', 'mahnt'],
      en: ['warns', 'warns against', 'cautions'],
    },
    color: '#fdae6b',
  },
  PROTESTS_AGAINST: {
    meaning: 'The subject protests, demonstrates, strikes or boycotts against the object.',
    direction: 'protesters → target of the protest',
    cameo: '140',
    cameoName: 'Engage in political dissent, not specified below',
    plover: { event: 'PROTEST', mode: null },
    ploverNote: null,
    examples: {
      de: ['protestiert gegen', 'demonstriert gegen', 'streikt', 'boykottiert'],
      en: ['protests against', 'demonstrates against', 'strikes', 'boycotts'],
    },
    color: '#dd3497',
  },
  MOBILISES_AGAINST: {
    meaning:
      'The subject shows or mobilises military, police or cyber force against the object, short of using it.',
    direction: 'mobilising party → party it is aimed at',
    cameo: '150',
    cameoName: 'Demonstrate military or police power, not specified below',
    plover: { event: 'MOBILIZE', mode: null },
    ploverNote: null,
    examples: {
      de: ['mobilisiert gegen', 'zieht Truppen zusammen an', 'versetzt … in Alarmbereitschaft'],
      en: ['mobilises against', 'masses troops near', 'puts forces on alert against'],
    },
    color: '#7a0177',
  },
  CUTS_TIES_WITH: {
    meaning: 'The subject reduces or breaks off relations, talks, aid or cooperation with the object.',
    direction: 'party cutting ties → party cut off',
    cameo: '160',
    cameoName: 'Reduce relations, not specified below',
    plover: { event: 'SANCTION', mode: 'sever' },
    ploverNote: null,
    examples: {
      de: ['bricht die Beziehungen zu … ab', 'beendet die Zusammenarbeit mit', 'stellt … ein'],
      en: ['cuts ties with', 'ends cooperation with', 'suspends talks with'],
    },
    color: '#bc80bd',
  },
  ARRESTS: {
    meaning: 'The subject arrests, detains or charges the object (a person or group).',
    direction: 'arresting authority → arrested',
    cameo: '173',
    cameoName: 'Arrest, detain, or charge with legal action',
    plover: { event: 'COERCE', mode: 'arrest' },
    ploverNote: null,
    examples: {
      de: ['nimmt … fest', 'verhaftet', 'klagt … an'],
      en: ['arrests', 'detains', 'charges'],
    },
    color: '#67000d',
  },
  ASSAULTS: {
    meaning:
      'The subject uses physical violence against the object outside regular combat (assault, bombing, abduction).',
    direction: 'perpetrator → victim',
    cameo: '180',
    cameoName: 'Use unconventional violence, not specified below',
    plover: { event: 'ASSAULT', mode: null },
    ploverNote: null,
    examples: {
      de: ['überfällt', 'entführt', 'verübt einen Anschlag auf'],
      en: ['assaults', 'abducts', 'bombs'],
    },
    color: '#cb181d',
  },
  FIGHTS: {
    meaning: 'The subject uses conventional military force against the object.',
    direction: 'attacking force → opponent',
    cameo: '190',
    cameoName: 'Use conventional military force, not specified below',
    plover: { event: 'ASSAULT', mode: null },
    ploverNote: 'PLOVER merges CAMEO 18–20 into ASSAULT; combat is ASSAULT in the context "military".',
    examples: {
      de: ['kämpft gegen', 'beschießt', 'bombardiert'],
      en: ['fights', 'shells', 'launches strikes on'],
    },
    color: '#54278f',
  },
  COMMITS_MASS_VIOLENCE_AGAINST: {
    meaning:
      'The subject commits mass killings, ethnic cleansing or attacks with weapons of mass destruction against the object.',
    direction: 'perpetrator → victims',
    cameo: '200',
    cameoName: 'Use unconventional mass violence, not specified below',
    plover: { event: 'ASSAULT', mode: null },
    ploverNote: 'PLOVER merges CAMEO 18–20 into ASSAULT.',
    examples: {
      de: ['verübt ein Massaker an', 'vertreibt gewaltsam', 'setzt Giftgas ein gegen'],
      en: ['massacres', 'ethnically cleanses', 'uses chemical weapons against'],
    },
    color: '#000000',
  },
} as const satisfies Record<string, RelationTypeDescriptor>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

/** The CAMEO root category a type's code falls under; null for standing relations. */
export function relationCameoRoot(type: RelationType): CameoRoot | null {
  return cameoRootOf(RELATION_TYPES[type].cameo);
}
