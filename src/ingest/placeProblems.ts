/**
 * Adds to each problem of a parsed fact file where it is — the fact or entity by its id (list
 * positions shift as a file is edited, ids do not), the line and column — and, for a date the
 * schema refused, the forms it accepts.
 */
import type { Locate } from './parseFactFileText.js';
import { addDetail, parsePath, type Problem } from './Problem.js';

const DATE_FORMS =
  'accepted: a date "2025-01-29", a date-time with its UTC offset "2025-01-29T14:30:00+01:00" or ' +
  '"2025-01-29T13:30:00Z", or null when unknown';

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
      ...(p.path === 'article.publishedAt' ? { hints: [DATE_FORMS] } : {}),
    });
  }
}
