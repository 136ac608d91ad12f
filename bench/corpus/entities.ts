/**
 * Synthetic entities: made-up names built from syllables (so no real person or company is ever
 * implied), each with a canonical English name and German + English aliases — including umlauts
 * and ß, so full-text search with folding is exercised. Entity i is a pure function of (seed, i).
 */
import { ENTITY_KINDS } from '../../src/domain/entityKinds.js';
import { intBetween, pick, rngFor, type Rng } from './prng.js';

/** The entity kinds of the fact format (one list, owned by src/ingest/factFile.ts). */
export const KINDS = ENTITY_KINDS;
export type Kind = (typeof KINDS)[number];

/** Share of each kind among entities (cumulative draw below). */
const KIND_WEIGHTS: Record<Kind, number> = {
  Organization: 0.28,
  Person: 0.3,
  GovernmentBody: 0.1,
  Country: 0.03,
  Product: 0.12,
  MediaOutlet: 0.06,
  Technique: 0.05,
  Group: 0.06,
};

export interface Role {
  title: string;
  of: string;
}

export interface SynEntity {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  roles?: Role[];
  description: string;
}

const SYLLABLES = [
  'vel',
  'tra',
  'no',
  'kor',
  'ma',
  'lin',
  'sü',
  'dar',
  'ben',
  'ri',
  'ga',
  'tö',
  'ska',
  'mer',
  'zan',
  'hol',
  'fi',
  'ra',
  'quo',
  'wen',
  'ße',
  'lu',
  'pa',
  'ox',
  'ten',
  'bri',
  'ka',
  'dom',
];
const FIRST = [
  'Anna',
  'Jonas',
  'Mira',
  'Lukas',
  'Sofia',
  'Elias',
  'Grete',
  'Paul',
  'Jürgen',
  'Zoë',
  'Björn',
  'Özlem',
  'Nora',
  'Malte',
  'Ines',
  'Tariq',
  'Lena',
  'Henrik',
  'Ayşe',
  'Frida',
];
const ORG_SUFFIX: [string, string][] = [
  ['Systems', 'Systeme'],
  ['Labs', 'Labor'],
  ['Group', 'Gruppe'],
  ['Technologies', 'Technologien'],
  ['Holdings', 'Holding'],
  ['Energy', 'Energie'],
  ['Motors', 'Motoren'],
  ['Bank', 'Bank'],
];
const MINISTRY: [string, string][] = [
  ['Finance', 'Finanzministerium'],
  ['Foreign Affairs', 'Außenministerium'],
  ['Digital Affairs', 'Digitalministerium'],
  ['Defence', 'Verteidigungsministerium'],
  ['Economy', 'Wirtschaftsministerium'],
  ['Health', 'Gesundheitsministerium'],
  ['Transport', 'Verkehrsministerium'],
  ['Justice', 'Justizministerium'],
];
const GROUP: [string, string][] = [
  ['hackers', 'Hacker'],
  ['activists', 'Aktivisten'],
  ['competitors', 'Konkurrenten'],
  ['investors', 'Investoren'],
  ['researchers', 'Forscher'],
];
const TECHNIQUE: [string, string][] = [
  ['learning', 'Lernen'],
  ['distillation', 'Destillation'],
  ['encryption', 'Verschlüsselung'],
  ['compression', 'Komprimierung'],
  ['scoring', 'Bewertung'],
];
const ROLE_TITLES: [string, string][] = [
  ['spokesperson', 'Sprecherin'],
  ['chief executive', 'Vorstandschefin'],
  ['minister', 'Ministerin'],
  ['adviser', 'Beraterin'],
  ['chair', 'Vorsitzende'],
];

function chooseKind(rng: Rng): Kind {
  let u = rng();
  for (const k of KINDS) {
    u -= KIND_WEIGHTS[k];
    if (u < 0) return k;
  }
  return 'Organization';
}

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  // 'ß'.toUpperCase() is 'SS'; a name starts with a plain S instead.
  return (w.startsWith('ß') ? 'S' : w.charAt(0).toUpperCase()) + w.slice(1);
}

/** Ids carry the index, so names may repeat but ids never do. */
export function entityId(kind: Kind, index: number): string {
  return `syn-${kind.toLowerCase()}-${index}`;
}

/** The entity at `index` (persons get their role from `withRole`, once every kind is known). */
export function makeEntity(seed: number, index: number): SynEntity {
  const rng = rngFor(seed, 1, index);
  const kind = chooseKind(rng);
  const base = word(rng, intBetween(rng, 2, 3));
  const id = entityId(kind, index);
  const e = (name: string, aliases: string[], description: string): SynEntity => ({
    id,
    name,
    kind,
    aliases: [...new Set(aliases)],
    description: `SYNTHETIC ${description}`,
  });
  switch (kind) {
    case 'Organization': {
      const [en, de] = pick(rng, ORG_SUFFIX);
      return e(
        `${base} ${en}`,
        [base, `${base} ${de} GmbH`, `${base}s`, `${base} ${en} Inc.`],
        `company (${en.toLowerCase()}).`,
      );
    }
    case 'Person': {
      const first = pick(rng, FIRST);
      return e(`${first} ${base}`, [`${first} ${base}`, base], 'person.');
    }
    case 'GovernmentBody': {
      const [en, de] = pick(rng, MINISTRY);
      return e(
        `${base} Ministry of ${en}`,
        [`${de} von ${base}`, `${base}s ${de}`, `Ministry of ${en} of ${base}`],
        'government ministry.',
      );
    }
    case 'Country':
      return e(
        `Republic of ${base}ia`,
        [`${base}ia`, `Republik ${base}ien`, `${base}ien`, `${base}ische Republik`],
        'country.',
      );
    case 'Product':
      return e(
        `${base} X${intBetween(rng, 1, 9)}`,
        [`${base}-App`, `${base} app`, `die ${base}-Plattform`],
        'product.',
      );
    case 'MediaOutlet':
      return e(`${base} Times`, [`${base}er Zeitung`, `${base}-Rundfunk`, `${base} Times`], 'news outlet.');
    case 'Technique': {
      const [en, de] = pick(rng, TECHNIQUE);
      return e(`${base} ${en}`, [`${base}-${de}`, `${base} ${en}`], 'technique.');
    }
    case 'Group': {
      const [en, de] = pick(rng, GROUP);
      return e(`${base} ${en}`, [`${base}-${de}`, `unbekannte ${base}-${de}`, `${base} ${en}`], 'group.');
    }
  }
}

/** Gives a person a role at `of` (an organisation or government); the title is a pure function of i. */
export function withRole(seed: number, index: number, p: SynEntity, of: string): void {
  p.roles = [{ title: pick(rngFor(seed, 2, index), ROLE_TITLES)[0], of }];
}

/** The German role noun for a role title, used in HOLDS_POSITION sentences. */
export function roleDe(title: string): string {
  return ROLE_TITLES.find(([en]) => en === title)?.[1] ?? 'Vertreterin';
}

export function randomRoleTitle(rng: Rng): string {
  return pick(rng, ROLE_TITLES)[0];
}
