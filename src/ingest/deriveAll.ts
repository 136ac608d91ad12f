/**
 * Derives every fact's and entity's own values from their claims and mentions, with the loader's
 * own statements (ingestDeriveFacts, ingestDeriveEntities) — after an initial import, which
 * writes only claims and mentions, and after a migration. In slices, one transaction each, so a
 * million facts never make one huge transaction.
 */
import { ENTITY_KINDS } from '../domain/entityKinds.js';
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';

const SLICE = 20_000;

export async function deriveAll(db: Database): Promise<{ facts: number; entities: number }> {
  const o = { timeoutMs: LOAD_TIMEOUT_MS };
  const [all] = await db.read(query('ingestAllFactsAndEntities'), {}, o);
  const facts = (all?.facts as string[] | undefined) ?? [];
  const entities = (all?.entities as string[] | undefined) ?? [];
  await deriveEntities(db, entities);
  for (let i = 0; i < facts.length; i += SLICE)
    await db.write(query('ingestDeriveFacts'), { elementIds: facts.slice(i, i + SLICE) }, o);
  return { facts: facts.length, entities: entities.length };
}

/** Derives these entities' values from their mentions, a slice per transaction. */
export async function deriveEntities(db: Database, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += SLICE)
    await db.write(
      query('ingestDeriveEntities'),
      { ids: ids.slice(i, i + SLICE), kinds: ENTITY_KINDS },
      { timeoutMs: LOAD_TIMEOUT_MS },
    );
}
