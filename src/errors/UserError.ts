/**
 * A failure the person running newsgraph can fix (a bad setting, a bad file, a busy port, no way
 * to get Neo4j): the process prints its message as one line and exits 1, without a stack trace.
 * Every layer may throw one; only the entry points (exitWith.ts) decide how the process ends.
 */
export class UserError extends Error {
  override name = 'UserError';
}
