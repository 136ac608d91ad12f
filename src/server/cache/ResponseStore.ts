/**
 * Where the response cache keeps its answers: an LRU of at most `maxEntries` answers, each served
 * for at most its TTL (lru-cache drops it on the first read after that). Every write empties it
 * (`clear`); `generation` counts those clears, so an answer computed across a write — started
 * before the write, finished after it — is recognised and not stored (it may show the old graph).
 */
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

type Answer = NonNullable<Awaited<ReturnType<Cache['get']>>>;

export class ResponseStore implements Cache {
  private readonly answers: LRUCache<string, Answer>;
  private clears = 0;

  constructor(ttlMs: number, maxEntries: number) {
    this.answers = new LRUCache<string, Answer>({ max: maxEntries, ttl: ttlMs });
  }

  /** Grows by one with every `clear`. */
  get generation(): number {
    return this.clears;
  }

  get size(): number {
    return this.answers.size;
  }

  get(key: string): Answer | undefined {
    return this.answers.get(key);
  }

  set(key: string, answer: ExecutionResult, _entities: unknown, ttlMs: number): void {
    this.answers.set(key, answer as Answer, { ttl: ttlMs });
  }

  /**
   * The library calls this after a mutation with the types and ids it returned. Which cached
   * answers a write affects cannot be told from those (a new fact changes counts, searches, paths),
   * so any write empties everything.
   */
  invalidate(): void {
    this.clear();
  }

  clear(): void {
    this.clears++;
    this.answers.clear();
  }
}
