/**
 * Neo4j could not be found, started or reached. The message is written for the person at the
 * terminal: what failed, where, and what to do. main.ts and cli.ts print it without a stack.
 */
import { UserError } from '../errors/UserError.js';

export class ProvisionError extends UserError {
  override name = 'ProvisionError';
}
