/**
 * The entity universe of one corpus: every entity, plus per-kind pools in index order. An entity's
 * position in its pool is its popularity rank, so low indexes become the hubs of every relation.
 */
import { KINDS, makeEntity, withRole, type Kind, type SynEntity } from './entities.js';
import { rngFor, zipfRank, type Rng } from './prng.js';

export class Universe {
  readonly entities: SynEntity[] = [];
  readonly pools = new Map<Kind, number[]>();

  constructor(
    readonly seed: number,
    size: number,
  ) {
    for (const k of KINDS) this.pools.set(k, []);
    for (let i = 0; i < size; i++) {
      const e = makeEntity(seed, i);
      this.entities.push(e);
      this.pools.get(e.kind)!.push(i);
    }
    // Half the persons hold a position at a (popular) organisation or government body.
    for (let i = 0; i < size; i++) {
      const e = this.entities[i]!;
      const rng = rngFor(seed, 3, i);
      if (e.kind === 'Person' && rng() < 0.5) {
        const of = this.draw(rng, [rng() < 0.6 ? 'Organization' : 'GovernmentBody']);
        if (of >= 0) withRole(seed, i, e, this.entities[of]!.id);
      }
    }
  }

  /** A heavy-tailed draw among the entities of `kinds` (kind chosen uniformly); -1 if all are empty. */
  draw(rng: Rng, kinds: readonly Kind[], not = -1): number {
    for (let attempt = 0; attempt < 8; attempt++) {
      const pool = this.pools.get(kinds[Math.floor(rng() * kinds.length)]!)!;
      if (pool.length === 0) continue;
      const i = pool[zipfRank(rng, pool.length)]!;
      if (i !== not) return i;
    }
    return -1;
  }

  /** The entity index of an id (ids end in the index). */
  indexOf(id: string): number {
    return Number(id.slice(id.lastIndexOf('-') + 1));
  }
}
