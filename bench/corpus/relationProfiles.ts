/**
 * How each relation type of src/domain/relationTypes.ts appears in the synthetic corpus: how
 * often, between which kinds of entity, and the German sentence (the quote) and English summary
 * that state it.
 */
import type { RelationType } from '../../src/domain/relationTypes.js';
import type { Kind } from './entities.js';

export interface Phrase {
  /** German sentence: s and o are the aliases the article uses; t is the topic in German. */
  de: (s: string, o: string, t: string) => string;
  /** English summary with canonical names; t is the topic in English. */
  en: (s: string, o: string, t: string) => string;
}

export interface Profile extends Phrase {
  weight: number;
  subject: Kind[];
  object: Kind[];
}

const ACTORS: Kind[] = ['Organization', 'Person', 'GovernmentBody', 'Country', 'Group'];

export const TOPICS: [string, string][] = [
  ['data theft', 'Datenklau'],
  ['unauthorised use of research data', 'unerlaubter Nutzung von Forschungsdaten'],
  ['security risks', 'Sicherheitsrisiken'],
  ['price fixing', 'Preisabsprachen'],
  ['market manipulation', 'Marktmanipulation'],
  ['export violations', 'Verstößen gegen Exportregeln'],
  ['privacy breaches', 'Datenschutzverstößen'],
  ['espionage', 'Spionage'],
];

const PROFILED = {
  ACCUSES: {
    weight: 14,
    subject: [...ACTORS, 'MediaOutlet'],
    object: ACTORS,
    de: (s, o, t) => `${s} erhebt schwere Vorwürfe gegen ${o} wegen ${t}.`,
    en: (s, o, t) => `${s} accuses ${o} of ${t}.`,
  },
  INVESTIGATES: {
    weight: 8,
    subject: ['GovernmentBody', 'Organization', 'MediaOutlet'],
    object: ['Organization', 'Person', 'Product', 'Group'],
    de: (s, o, t) => `${s} hat eine Prüfung gegen ${o} wegen ${t} eingeleitet.`,
    en: (s, o, t) => `${s} is investigating ${o} over ${t}.`,
  },
  BANS: {
    weight: 4,
    subject: ['GovernmentBody', 'Country', 'Organization'],
    object: ['Product', 'Technique', 'Organization'],
    de: (s, o, t) => `${s} hat die Nutzung von ${o} verboten – Grund seien ${t}.`,
    en: (s, o, t) => `${s} has banned the use of ${o} over ${t}.`,
  },
  RESTRICTS: {
    weight: 4,
    subject: ['GovernmentBody', 'Country', 'Organization'],
    object: ['Organization', 'Country', 'Product'],
    de: (s, o, t) => `${s} schränkt den Zugang für ${o} ein, nachdem es Hinweise auf ${t} gab.`,
    en: (s, o, t) => `${s} restricts access for ${o} after signs of ${t}.`,
  },
  DENIES: {
    weight: 4,
    subject: ACTORS,
    object: ACTORS,
    de: (s, o) => `${s} wies die Vorwürfe von ${o} entschieden zurück.`,
    en: (s, o, t) => `${s} rejects ${o}'s accusations of ${t}.`,
  },
  REPORTS: {
    weight: 8,
    subject: ['MediaOutlet'],
    object: ['Organization', 'Person', 'GovernmentBody', 'Country', 'Product', 'Group'],
    de: (s, o, t) => `Wie ${s} berichtet, ist ${o} von ${t} betroffen.`,
    en: (s, o, t) => `${s} reports that ${o} is affected by ${t}.`,
  },
  COMMENTS_ON: {
    weight: 10,
    subject: ['Person', 'Organization', 'GovernmentBody'],
    object: ['Organization', 'Person', 'Product', 'Country', 'Technique'],
    de: (s, o) => `${s} bezeichnete ${o} als „Weckruf für die gesamte Branche“.`,
    en: (s, o) => `${s} called ${o} a wake-up call for the whole industry.`,
  },
  ATTACKS: {
    weight: 3,
    subject: ['Group', 'Country', 'Organization'],
    object: ['Organization', 'GovernmentBody', 'Country', 'Product'],
    de: (s, o) => `${s} soll ${o} mit großangelegten Cyberangriffen attackiert haben.`,
    en: (s, o) => `${s} reportedly attacked ${o} with large-scale cyberattacks.`,
  },
  INVESTS_IN: {
    weight: 6,
    subject: ['Organization', 'Person', 'GovernmentBody'],
    object: ['Organization'],
    de: (s, o) => `${s} ist einer der größten Investoren von ${o}.`,
    en: (s, o) => `${s} is one of the largest investors in ${o}.`,
  },
  DEVELOPS: {
    weight: 8,
    subject: ['Organization'],
    object: ['Product', 'Technique'],
    de: (s, o) => `${s} entwickelt ${o} und will es noch in diesem Jahr ausbauen.`,
    en: (s, o) => `${s} develops ${o}.`,
  },
  COMPETES_WITH: {
    weight: 6,
    subject: ['Organization', 'Product'],
    object: ['Organization', 'Product'],
    de: (s, o) => `${s} tritt in direkte Konkurrenz zu ${o}.`,
    en: (s, o) => `${s} competes directly with ${o}.`,
  },
  USES: {
    weight: 8,
    subject: ['Organization', 'GovernmentBody', 'Person', 'Group'],
    object: ['Technique', 'Product'],
    de: (s, o) => `${s} nutzt ${o} für die eigene Entwicklung.`,
    en: (s, o) => `${s} uses ${o} for its own development.`,
  },
  HOLDS_POSITION: {
    weight: 6,
    subject: ['Person'],
    object: ['Organization', 'GovernmentBody', 'Country'],
    de: (s, o, t) => `${s}, ${t} von ${o}, äußerte sich am Abend zu den Berichten.`,
    en: (s, o, t) => `${s} is ${t} of ${o}.`,
  },
  PART_OF: {
    weight: 5,
    subject: ['Organization', 'GovernmentBody', 'Group', 'Person', 'MediaOutlet'],
    object: ['Organization', 'GovernmentBody', 'Country', 'Group'],
    de: (s, o) => `${s} gehört zu ${o}.`,
    en: (s, o) => `${s} is part of ${o}.`,
  },
} satisfies Partial<Record<RelationType, Profile>>;

/**
 * The corpus uses the types profiled here (today's bench mix), not every type of the closed list:
 * types are drawn from PROFILE_LIST only, so a lookup never misses.
 */
export const PROFILES = PROFILED as Partial<Record<RelationType, Profile>> as Record<RelationType, Profile>;
export const PROFILE_LIST = Object.entries(PROFILED) as [RelationType, Profile][];
export const TOTAL_WEIGHT = PROFILE_LIST.reduce((sum, [, p]) => sum + p.weight, 0);
