/**
 * The request parameters the benchmark sends, chosen from the generated graph: entities of a
 * typical degree (so the work per request does not grow with the corpus — hubs would make every
 * engine's latency grow with the hub's degree), search terms taken from their aliases (half of
 * them case- and diacritics-folded, as users type them), and entity pairs joined by a walk of
 * three relations (so a path of at most three hops exists).
 */
import type { RelationType } from '../../src/domain/relationTypes.js';
import { pick, type Rng } from './prng.js';
import type { Universe } from './universe.js';

export interface Probes {
  /** Entities with incoming ACCUSES facts: "who accused X?". */
  accused: string[];
  /** Entities to expand two levels deep. */
  entities: string[];
  search: string[];
  paths: { from: string; to: string }[];
}

export const PROBE_COUNT = 50;

export class DegreeTracker {
  readonly degree: Int32Array;
  readonly accusedBy: Int32Array;
  private subjects: Int32Array;
  private objects: Int32Array;
  private count = 0;

  constructor(entities: number, facts: number) {
    this.degree = new Int32Array(entities);
    this.accusedBy = new Int32Array(entities);
    this.subjects = new Int32Array(facts);
    this.objects = new Int32Array(facts);
  }

  add(s: number, o: number, type: RelationType): void {
    this.degree[s]!++;
    this.degree[o]!++;
    if (type === 'ACCUSES') this.accusedBy[o]!++;
    this.subjects[this.count] = s;
    this.objects[this.count++] = o;
  }

  probes(rng: Rng, u: Universe): Probes {
    const inBand = (lo: number, hi: number) =>
      [...this.degree.keys()].filter((i) => this.degree[i]! >= lo && this.degree[i]! <= hi);
    let band = inBand(8, 40);
    if (band.length < PROBE_COUNT) band = inBand(2, Number.MAX_SAFE_INTEGER);
    let accusedBand = band.filter((i) => this.accusedBy[i]! >= 2);
    if (accusedBand.length < 10)
      accusedBand = [...this.accusedBy.keys()].filter((i) => this.accusedBy[i]! >= 1);
    const id = (i: number) => u.entities[i]!.id;
    const frequency = new Map<string, number>();
    for (const e of u.entities) for (const w of wordsOf(e)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const sample = (from: number[]) => Array.from({ length: PROBE_COUNT }, () => pick(rng, from));
    return {
      accused: sample(accusedBand).map(id),
      entities: sample(band).map(id),
      search: sample(band).map((i) => searchTerm(rng, wordsOf(u.entities[i]!), frequency)),
      paths: this.walks(rng, sample(band)).map(([a, b]) => ({ from: id(a), to: id(b) })),
    };
  }

  /** Three-step random walks over the undirected graph (CSR adjacency), one per start. */
  private walks(rng: Rng, starts: number[]): [number, number][] {
    const n = this.degree.length;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + this.degree[i]!;
    const fill = offsets.slice(0, n);
    const adj = new Int32Array(offsets[n]!);
    for (let f = 0; f < this.count; f++) {
      const [s, o] = [this.subjects[f]!, this.objects[f]!];
      adj[fill[s]!++] = o;
      adj[fill[o]!++] = s;
    }
    const pairs: [number, number][] = [];
    for (const start of starts) {
      for (let attempt = 0; attempt < 20; attempt++) {
        let at = start;
        for (let step = 0; step < 3; step++) {
          const d = offsets[at + 1]! - offsets[at]!;
          at = adj[offsets[at]! + Math.floor(rng() * d)]!;
        }
        if (at !== start) {
          pairs.push([start, at]);
          break;
        }
      }
    }
    return pairs;
  }
}

function wordsOf(e: { name: string; aliases: string[] }): Set<string> {
  const all = [e.name, ...e.aliases].flatMap((n) => n.split(/[\s\-.,]+/));
  return new Set(all.filter((w) => /^\p{L}{4,}$/u.test(w)));
}

/**
 * The entity's rarest word (≥ 4 letters) — the name a user would type, not "Ministry" or
 * "Times", which match thousands; half the time lower-cased with ß and umlauts folded.
 */
function searchTerm(rng: Rng, words: Set<string>, frequency: Map<string, number>): string {
  const w = [...words].sort((a, b) => frequency.get(a)! - frequency.get(b)!)[0] ?? 'syn';
  if (rng() < 0.5) return w;
  return w.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}
