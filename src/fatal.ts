/**
 * How the process ends on a known failure: one clear message on stderr and exit 1, no stack
 * trace. Only errors we did not foresee (bugs) print their stack.
 */
import { ConfigError } from './config/env.js';
import { ProvisionError } from './neo4j/ProvisionError.js';
import { PortInUseError } from './server/listen.js';

const KNOWN: Array<new (...args: never[]) => Error> = [ConfigError, ProvisionError, PortInUseError];

export class UserError extends Error {
  override name = 'UserError';
}

export function isKnownFailure(err: unknown): err is Error {
  return err instanceof UserError || KNOWN.some((k) => err instanceof k);
}

export function exitWith(err: unknown): never {
  if (isKnownFailure(err)) process.stderr.write(`newsgraph: ${err.message}\n`);
  else
    process.stderr.write(
      `newsgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
}
