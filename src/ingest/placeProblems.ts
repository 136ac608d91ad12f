/**
 * Adds to each problem of a parsed fact file where it is — the fact or entity by its id (list
 * positions shift as a file is edited, ids do not), the line and column — and, for a date the
 * schema refused, the forms it accepts.
 */
import type { Locate } from './parseFactFileText.js';
import { addDetail, parsePath, type Problem } from './Problem.js';
import { DATE_FORMS } from '../domain/partialDate.js';

/** Paths of the file's dates: the article's publication, a fact's event date (or span), a retraction's date. */
const DATE_PATH = /^(article\.publishedAt|facts\[\d+\]\.(when(\.from|\.to)?|deprecated\.on))$/;

export function placeProblems(problems: readonly Problem[], data: unknown, locate: Locate): void {
  for (const p of problems) {
    const [list, index] = parsePath(p.path);
    const item =
      (list === 'facts' || list === 'entities') && typeof index === 'number'
        ? (data as Record<string, Array<{ id?: unknown }> | undefined> | null)?.[list]?.[index]?.id
        : undefined;
    const at = p.path ? locate(p.path) : undefined;
    addDetail(p, {
      ...(typeof item === 'string' ? { item: `${list === 'facts' ? 'fact' : 'entity'} "${item}"` } : {}),
      ...(at ? { line: at.line, column: at.column } : {}),
      ...(DATE_PATH.test(p.path) ? { hints: [DATE_FORMS] } : {}),
    });
  }
}
