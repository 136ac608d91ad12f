/**
 * One thing wrong with a fact file, named by file and path (`facts[3].quote`), and the error
 * that carries every problem found: the loader reports them all at once and writes nothing.
 */
import { UserError } from '../fatal.js';

export interface Problem {
  /** The fact file, as given (or relative to the working directory). */
  file: string;
  /** Where in the file: `facts[3].quote`, `article`, or '' for the file as a whole. */
  path: string;
  reason: string;
}

/** `['facts', 3, 'quote']` → `facts[3].quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function formatProblems(problems: readonly Problem[], outcome = 'nothing was loaded'): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} fact file${files === 1 ? '' : 's'}; ${outcome}:`;
  const lines = problems.map((p) => `  ${p.file}: ${p.path || '(file)'}: ${p.reason}`);
  return [head, ...lines].join('\n');
}

export class FactFileError extends UserError {
  override name = 'FactFileError';
  constructor(
    readonly problems: readonly Problem[],
    outcome?: string,
  ) {
    super(formatProblems(problems, outcome));
  }
}
