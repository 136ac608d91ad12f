/**
 * After claims or mentions changed in a transaction: the facts' and entities' own values derived
 * again from what remains (ingestDeriveFacts, ingestDeriveEntities — the one rule). Sent
 * together; the server runs them in order.
 */
import { ENTITY_KINDS } from '../domain/entityKinds.js';
import type { CountingTx, Row } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';

export async function deriveValues(
  tx: CountingTx,
  factElementIds: readonly string[],
  entityIds: readonly string[],
): Promise<Row[]> {
  const none = Promise.resolve([] as Row[]);
  const [facts] = await Promise.all([
    factElementIds.length > 0
      ? tx.run(query('ingestDeriveFacts'), { elementIds: [...new Set(factElementIds)] })
      : none,
    entityIds.length > 0
      ? tx.run(query('ingestDeriveEntities'), { ids: [...new Set(entityIds)], kinds: ENTITY_KINDS })
      : none,
  ]);
  return facts;
}
