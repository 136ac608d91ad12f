/**
 * Neo4j could not be found, started or reached. The message is written for the person at the
 * terminal: what failed, where, and what to do. main.ts and cli.ts print it without a stack.
 */
export class ProvisionError extends Error {
  override name = 'ProvisionError';
}
