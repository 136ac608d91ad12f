/**
 * How the process ends on a failure: a UserError prints one clear line on stderr and exits 1;
 * errors we did not foresee (bugs) print their stack.
 */
import { UserError } from './UserError.js';

export function exitWith(err: unknown): never {
  if (err instanceof UserError) process.stderr.write(`newsgraph: ${err.message}\n`);
  else
    process.stderr.write(
      `newsgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
}
