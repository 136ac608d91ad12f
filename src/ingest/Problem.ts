/**
 * One thing wrong with a fact file, named by file and path (`facts[3].quote`), and the error
 * that carries every problem found: the loader reports them all at once and writes nothing.
 */
import { UserError } from '../errors/UserError.js';

export interface Problem {
  /** The fact file, as given (or relative to the working directory). */
  file: string;
  /** Where in the file: `facts[3].quote`, `article`, or '' for the file as a whole. */
  path: string;
  reason: string;
  /** What helps a person fix it (see addDetail); not part of the problem's identity. */
  readonly detail?: ProblemDetail;
}

/**
 * Help for the person reading the report: the fact (or entity) by its id, the line and column
 * in the file, and hints such as the closest passage of the article or "did you mean …".
 */
export interface ProblemDetail {
  /** `fact "openai-accuses-deepseek"` or `entity "openai"`: the item the path points into. */
  item?: string;
  /** 1-based, of the key (or value) the path names, in the fact file. */
  line?: number;
  column?: number;
  /** Extra lines, each complete. */
  hints?: string[];
  /** An entity id the file uses but does not define (so a check against the graph can suggest ids). */
  unknownEntity?: string;
}

/**
 * Adds `more` to the problem's detail. The detail is not enumerable: a problem still compares,
 * spreads and serialises (GraphQL `extensions.problems`) as file, path and reason, so callers
 * and tests that know those three see the same problems as before; the report prints the rest.
 */
export function addDetail(p: Problem, more: ProblemDetail): void {
  const had = p.detail ?? {};
  const hints = [...(had.hints ?? []), ...(more.hints ?? [])];
  const merged: ProblemDetail = { ...had, ...more, ...(hints.length > 0 ? { hints } : {}) };
  Object.defineProperty(p, 'detail', { value: merged, enumerable: false, configurable: true });
}

/** `['facts', 3, 'quote']` → `facts[3].quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** `facts[3].quote` → `['facts', 3, 'quote']`. */
export function parsePath(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

export function formatProblems(problems: readonly Problem[], outcome = 'nothing was loaded'): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} fact file${files === 1 ? '' : 's'}; ${outcome}:`;
  return [head, ...problems.flatMap(formatProblem)].join('\n');
}

/**
 * `  file: path: reason`, then indented lines with where it is and what may help. (Those lines
 * never start with "at ": a reader — or a test — scanning for stack traces would mistake them.)
 */
function formatProblem(p: Problem): string[] {
  const d = p.detail;
  const where = [
    d?.item,
    d?.line !== undefined ? `line ${d.line}, column ${d.column ?? 1}` : undefined,
  ].filter((s) => s !== undefined);
  return [
    `  ${p.file}: ${p.path || '(file)'}: ${p.reason}`,
    ...(where.length > 0 ? [`    (${where.join(', ')})`] : []),
    ...(d?.hints ?? []).map((h) => `    ${h}`),
  ];
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
