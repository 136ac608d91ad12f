/**
 * Builds one synthetic article: its facts (new ones, plus ~5 % re-reports of earlier facts that
 * add a second source to the same relationship), a German text that contains every quote
 * verbatim, and the entities the facts, statedBy and roles name.
 */
import type { RelationType } from '../../src/domain/relationTypes.js';
import { randomRoleTitle, roleDe } from './entities.js';
import type { SynFact, SynFactFile } from './factFile.js';
import { intBetween, pick, type Rng } from './prng.js';
import { PROFILE_LIST, PROFILES, TOPICS, TOTAL_WEIGHT } from './relationProfiles.js';
import type { Universe } from './universe.js';

const FILLER = [
  'Die Lage bleibt unübersichtlich.',
  'Beobachter rechnen mit weiteren Schritten in den kommenden Wochen.',
  'Eine Stellungnahme lag zunächst nicht vor.',
  'Die Börse reagierte verhalten auf die Nachricht.',
  'Experten sprechen von einer neuen Phase im globalen Wettbewerb.',
];
const MODALITIES = ['alleged', 'reported', 'confirmed'] as const;
const REUSE_SHARE = 0.05;

/** A fact as first generated: kept (in a window) so later articles can report it again. */
interface Known {
  fact: SynFact;
  s: number;
  o: number;
  topic: number;
}

export class ArticleBuilder {
  private nextFact = 0;
  private readonly recent: Known[] = [];

  constructor(
    private readonly u: Universe,
    /** Called once per distinct new fact (for degrees and probe paths). */
    private readonly onNewFact: (s: number, o: number, type: RelationType) => void,
  ) {}

  build(rng: Rng, articleNo: number, factCount: number): SynFactFile {
    const articleId = `syn-a-${articleNo}`;
    const facts: SynFact[] = [];
    const sentences: string[] = [];
    const used = new Set<number>();
    const accusations: Known[] = [];
    for (let n = 0; n < factCount; n++) {
      const reuse = this.recent.length > 0 && rng() < REUSE_SHARE ? pick(rng, this.recent) : undefined;
      const k = reuse && !facts.some((f) => f.id === reuse.fact.id) ? reuse : this.newFact(rng, accusations);
      const t = TOPICS[k.topic]!;
      const alias = (i: number) => pick(rng, [this.u.entities[i]!.name, ...this.u.entities[i]!.aliases]);
      const title = k.fact.qualifiers?.role;
      let sentence = PROFILES[k.fact.type].de(alias(k.s), alias(k.o), title ? roleDe(title) : t[1]);
      if (k.fact.statedBy) {
        const by = this.u.indexOf(k.fact.statedBy);
        used.add(by);
        sentence = `Laut ${alias(by)}: ${sentence}`;
      }
      used.add(k.s).add(k.o);
      sentences.push(sentence);
      if (rng() < 0.3) sentences.push(pick(rng, FILLER));
      facts.push({ ...k.fact, quote: sentence });
      if (k.fact.type === 'ACCUSES') accusations.push(k);
    }
    for (const i of [...used]) {
      const of = this.u.entities[i]!.roles?.[0]?.of;
      if (of) used.add(this.u.indexOf(of));
    }
    const first = this.u.entities[facts[0] ? this.u.indexOf(facts[0].subject) : 0]!.name;
    return {
      format: 'newsgraph/facts@1',
      article: {
        id: articleId,
        title: `SYNTHETIC ${articleNo}: Neue Vorwürfe rund um ${first}`,
        language: 'de',
        outlet: 'SYNTHETIC newswire',
        author: null,
        publishedAt: `2024-${String(1 + (articleNo % 12)).padStart(2, '0')}-${String(1 + (articleNo % 28)).padStart(2, '0')}`,
        url: null,
        text: paragraphs(rng, sentences),
      },
      entities: [...used].sort((a, b) => a - b).map((i) => this.u.entities[i]!),
      facts,
    };
  }

  private newFact(rng: Rng, accusations: Known[]): Known {
    let type = drawType(rng);
    // A denial answers an accusation of the same article (and is removed from the candidates).
    const denied = type === 'DENIES' ? accusations.shift() : undefined;
    if (type === 'DENIES' && !denied) type = 'ACCUSES';
    const p = PROFILES[type];
    let s = denied ? denied.o : this.u.draw(rng, p.subject);
    let o = denied ? denied.s : this.u.draw(rng, p.object, s);
    let title: string | undefined;
    if (type === 'HOLDS_POSITION') {
      const role = this.u.entities[s]!.roles?.[0];
      title = role?.title ?? randomRoleTitle(rng);
      if (role) o = this.u.indexOf(role.of);
    }
    if (s < 0 || o < 0 || s === o) [s, o, type] = this.fallback(rng);
    const topic = denied ? denied.topic : intBetween(rng, 0, TOPICS.length - 1);
    const [S, O] = [this.u.entities[s]!.name, this.u.entities[o]!.name];
    const fact: SynFact = {
      id: `syn-f-${this.nextFact++}`,
      subject: this.u.entities[s]!.id,
      type,
      object: this.u.entities[o]!.id,
      summary: PROFILES[type].en(S, O, title ?? TOPICS[topic]![0]),
      quote: '',
      qualifiers: qualifiers(rng, type, TOPICS[topic]![0], title),
      modality: pick(rng, MODALITIES),
      confidence: Math.round((0.5 + rng() * 0.49) * 100) / 100,
    };
    if (denied) fact.denies = [denied.fact.id];
    if (type === 'REPORTS' || (type === 'ACCUSES' && rng() < 0.1)) {
      const by = this.u.draw(rng, ['MediaOutlet'], s);
      if (by >= 0 && by !== o) fact.statedBy = this.u.entities[by]!.id;
    }
    const known = { fact, s, o, topic };
    this.onNewFact(s, o, type);
    if (type !== 'DENIES') this.remember(known);
    return known;
  }

  /** Two distinct organisations competing: always possible once the universe has two of them. */
  private fallback(rng: Rng): [number, number, RelationType] {
    const s = this.u.draw(rng, ['Organization']);
    return [s, this.u.draw(rng, ['Organization'], s), 'COMPETES_WITH'];
  }

  private remember(k: Known): void {
    if (this.recent.length < 20_000) this.recent.push(k);
    else this.recent[this.nextFact % 20_000] = k;
  }
}

function drawType(rng: Rng): RelationType {
  let u = rng() * TOTAL_WEIGHT;
  for (const [type, p] of PROFILE_LIST) if ((u -= p.weight) < 0) return type;
  return 'ACCUSES';
}

function qualifiers(rng: Rng, type: RelationType, topic: string, role?: string): SynFact['qualifiers'] {
  const q: NonNullable<SynFact['qualifiers']> = {};
  if (role) q.role = role;
  else if (['ACCUSES', 'INVESTIGATES', 'BANS', 'RESTRICTS', 'DENIES', 'REPORTS'].includes(type))
    q.about = topic;
  if (type === 'BANS') q.reason = topic;
  if (rng() < 0.2) q.when = `in ${2020 + Math.floor(rng() * 5)}`;
  if (rng() < 0.1) q.scope = 'its personnel';
  return q;
}

function paragraphs(rng: Rng, sentences: string[]): string {
  const out: string[] = [];
  for (let i = 0, step = 0; i < sentences.length; i += step) {
    step = intBetween(rng, 3, 6);
    out.push(sentences.slice(i, i + step).join(' '));
  }
  return out.join('\n');
}
