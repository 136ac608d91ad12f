/**
 * The suggestion lexicon: per relation type, the words that signal it in German and English,
 * as data (documented in src/curate/README.md). The one place this folder takes the relation
 * type vocabulary from, so that moving it means changing one import; entries are keyed by type
 * name, and a type without an entry simply gets no suggestions.
 *
 * Pattern syntax (matched per word, case-insensitive, within one sentence):
 *   `verbietet`         the word itself;
 *   `Vorwürf*`          a word starting so (Vorwürfe, Vorwürfen);
 *   `wirft … vor`       words in order with up to six words between (separable verbs);
 *   `nach Angaben von`  words next to each other.
 * `cameo` is the CAMEO event code of the entry (codebook 1.1b3); by default the relation
 * type's own, which the test holds them to unless an entry says otherwise on purpose.
 */
import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds.js';
import { RELATION_TYPES, type RelationType } from '../domain/relationTypes.js';

export { RELATION_TYPES, type RelationType };

export interface LexiconEntry {
  cameo: string | null;
  /** English verb for the draft's summary: "<subject> accuses <object>." */
  verb: string;
  de: readonly string[];
  en: readonly string[];
  /** Kinds a subject may have (default: any). */
  subjectKinds?: readonly EntityKind[];
  /**
   * When the sentence names no object: `topic`, the article's most mentioned entity (an
   * investigation "eingeleitet" without naming its matter is about what the article is about).
   * Default: no suggestion without an object.
   */
  objectFallback?: 'topic';
  /**
   * Types whose triggers, in a sentence where this type fires, name the matter of this fact
   * rather than a fact of their own ("wies die Vorwürfe zurück" is a denial, not an accusation);
   * and for a denial, the X of an "X-Vorwürfe" compound is who made the accusation.
   */
  absorbs?: readonly RelationType[];
}

/** Who can act: accuse, investigate, ban, deny, state. */
const ACTORS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'Product' && k !== 'Technique');

const cameo = (type: RelationType) => RELATION_TYPES[type].cameo;

export const LEXICON: Partial<Record<RelationType, LexiconEntry>> = {
  ACCUSES: {
    cameo: cameo('ACCUSES'),
    verb: 'accuses',
    de: [
      'wirft … vor',
      'warf … vor',
      'vorgeworfen',
      'beschuldigt',
      'beschuldigte',
      'bezichtigt',
      'Vorwurf',
      'Vorwürf*',
      'Anschuldigung*',
      'Hinweise … dass',
      'Beweise … dass',
    ],
    en: ['accuses', 'accused', 'accusation*', 'alleges', 'allegation*', 'blames', 'blamed', 'evidence that'],
    subjectKinds: ACTORS,
  },
  INVESTIGATES: {
    cameo: cameo('INVESTIGATES'),
    verb: 'investigates',
    de: [
      'untersucht',
      'untersuchen',
      'Untersuchung*',
      'prüft',
      'prüfen',
      'geprüft',
      'Prüfung*',
      'ermittelt',
      'ermitteln',
      'Ermittlung*',
    ],
    en: ['investigates', 'investigating', 'investigation*', 'probe*', 'probing', 'reviewing', 'inquiry'],
    subjectKinds: ACTORS,
    objectFallback: 'topic',
  },
  BANS: {
    cameo: cameo('BANS'),
    verb: 'bans',
    de: ['verbietet', 'verboten', 'Verbot*', 'untersagt', 'sperrt', 'gesperrt', 'Sperre*'],
    en: ['bans', 'banned', 'banning', 'prohibits', 'prohibited', 'forbids', 'forbidden'],
    subjectKinds: ACTORS,
  },
  RESTRICTS: {
    cameo: cameo('RESTRICTS'),
    verb: 'restricts',
    de: ['beschränkt', 'einschränken', 'einzuschränken', 'eingeschränkt', '*beschränkung*', 'Sanktion*'],
    en: ['restricts', 'restricted', 'restriction*', 'limits', 'curbs', 'sanction*'],
    subjectKinds: ACTORS,
  },
  DENIES: {
    cameo: cameo('DENIES'),
    verb: 'denies the claims of',
    de: [
      'weist … zurück',
      'wies … zurück',
      'zurückgewiesen',
      'bestreitet',
      'bestritt',
      'dementiert',
      'dementierte',
      'kontert',
    ],
    en: ['denies', 'denied', 'rejects', 'rejected', 'dismisses', 'dismissed', 'refutes'],
    subjectKinds: ACTORS,
    absorbs: ['ACCUSES'],
  },
  REPORTS: {
    cameo: cameo('REPORTS'),
    verb: 'reports on',
    de: ['berichtet', 'berichten', 'berichtete', 'meldet', 'meldete', 'behauptet', 'behaupten'],
    en: ['reports', 'reported', 'claims'],
    subjectKinds: ACTORS,
  },
  COMMENTS_ON: {
    cameo: cameo('COMMENTS_ON'),
    verb: 'comments on',
    de: ['bezeichnet', 'bezeichnete', 'nannte', 'kommentiert', 'kommentierte', 'äußerte sich', 'kritisiert'],
    en: ['called', 'described', 'comments', 'commented', 'criticised', 'criticized'],
    subjectKinds: ACTORS,
  },
  ATTACKS: {
    cameo: cameo('ATTACKS'),
    verb: 'attacks',
    de: ['greift … an', 'angegriffen', 'Angriff*', 'Cyberangriff*', 'Cyberattack*', 'gehackt'],
    en: ['attacks', 'attacked', 'cyberattack*', 'hacked'],
  },
  INVESTS_IN: {
    cameo: cameo('INVESTS_IN'),
    verb: 'invests in',
    de: ['investiert', 'Investor*', 'beteiligt sich'],
    en: ['invests', 'invested', 'investor*'],
    subjectKinds: ACTORS,
  },
  DEVELOPS: {
    cameo: cameo('DEVELOPS'),
    verb: 'develops',
    de: ['entwickelt', 'Entwickler', 'Hersteller', 'baut'],
    en: ['develops', 'developed', 'developer', 'maker', 'builds'],
  },
  COMPETES_WITH: {
    cameo: cameo('COMPETES_WITH'),
    verb: 'competes with',
    de: ['Konkurrenz', 'Konkurrent*', 'Herausforderer', 'konkurriert', 'Wettlauf', 'Rivale*'],
    en: ['competes', 'competitor*', 'rival*', 'race'],
  },
  USES: {
    cameo: cameo('USES'),
    verb: 'uses',
    de: ['nutzt', 'genutzt', 'verwendet', 'setzt … ein', 'eingesetzt'],
    en: ['uses', 'used', 'using'],
  },
  HOLDS_POSITION: {
    cameo: cameo('HOLDS_POSITION'),
    verb: 'holds a position in',
    de: ['Sprecher*', 'Chef*', 'Minister*', 'Vorsitzende*', 'Direktor*'],
    en: ['spokesperson', 'spokesman', 'spokeswoman', 'chief', 'minister', 'chair*', 'director'],
    subjectKinds: ['Person'],
  },
  PART_OF: {
    cameo: cameo('PART_OF'),
    verb: 'is part of',
    de: ['gehört zu', 'Tochter*', 'Teil von'],
    en: ['part of', 'subsidiary', 'belongs to'],
  },
};

/** Reported speech: who states the fact ("laut X", "X zufolge", "X sagte"). */
export const SPEECH_CUES = {
  /** The speaker follows: "laut X". */
  before: ['laut', 'nach Angaben von', 'nach Angaben der', 'nach Angaben des', 'according to'],
  /** The speaker precedes: "X zufolge", "X sagte", "X said". */
  after: [
    'zufolge',
    'sagte',
    'sagt',
    'erklärte',
    'erklärt',
    'bestätigte',
    'bestätigt',
    'teilte mit',
    'betonte',
    'said',
    'says',
    'stated',
    'told',
    'confirmed',
  ],
} as const;

/** Words that make a statement an allegation ("soll", "angeblich", "mutmaßlich"). */
export const ALLEGED_CUES = [
  'soll',
  'sollen',
  'sollte',
  'angeblich',
  'mutmaßlich*',
  'allegedly',
  'reportedly',
] as const;
